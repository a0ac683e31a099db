package dev.parley.cli;

import dev.parley.analysis.tone.ToneTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.concurrent.Callable;

@Command(name = "eval-tone", mixinStandardHelpOptions = true,
        description = "Score the tone scorer on a labelled set, cross-validated by thread (no message is scored by a "
                + "model trained on its thread): accuracy, per-tone precision, recall and F1, macro-F1, the confusion "
                + "matrix and accuracy by confidence, for the learned scorer and, beside it, the lexicon scorer it "
                + "replaced. The messages are read from the corpus where the labels say they lie.",
        footer = {"%nExample:%n  parley eval-tone labels/tone/tone-labels.jsonl --corpus ../shared/corpus/lkml", ExitCode.HELP})
final class EvalToneCommand implements Callable<Integer> {

    @Mixin
    ToneLabelsOption labels;

    @Override
    public Integer call() throws Exception {
        ToneTraining.Evaluation e = ToneTraining.evaluate(labels.read());
        PrintStream out = Console.stdout();
        out.print(e.report());
        out.flush();
        return ExitCode.OK;
    }
}
