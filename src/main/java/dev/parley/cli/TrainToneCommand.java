package dev.parley.cli;

import dev.parley.analysis.tone.ToneLabels;
import dev.parley.analysis.tone.ToneModel;
import dev.parley.analysis.tone.ToneTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "train-tone", mixinStandardHelpOptions = true,
        description = "Train the tone model on a labelled set and write it as JSON: the calibrated logistic "
                + "regression over the tone features, and the heated threshold chosen on cross-validated predictions. "
                + "Parley's own model (src/main/resources/dev/parley/analysis/tone/tone-model.json) is made so from "
                + "labels/tone.",
        footer = {"%nExample:%n  parley train-tone labels/tone/tone-labels.jsonl "
                + "--out src/main/resources/dev/parley/analysis/tone/tone-model.json", ExitCode.HELP})
final class TrainToneCommand implements Callable<Integer> {

    @Mixin
    ToneLabelsOption labels;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The model file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<ToneLabels.Item> items = labels.read();
        String note = String.format(Locale.ROOT, "parley train-tone %s: %d labelled messages",
                labels.labels.getFileName(), items.size());
        ToneModel model = ToneTraining.train(items, note);
        model.save(out);
        Streams.out().println(String.format(Locale.ROOT, "Wrote %s: %d messages, heated threshold %.2f.", out,
                items.size(), model.heatedThreshold()));
        return ExitCode.OK;
    }
}
