package dev.parley.cli;

import dev.parley.analysis.evaluation.StanceEvaluation;
import dev.parley.analysis.evaluation.StanceModel;
import dev.parley.analysis.learn.LogisticModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-stance", mixinStandardHelpOptions = true,
        description = "Score who-stands-where against hand-made stance labels: the rules alone, a learned model "
                + "alone, the two combined, and the rules' verdict with the learned confidence that parley debate uses; "
                + "every learned verdict by a model trained without its thread. With --write-model, also train the "
                + "shipped confidence model on all the labels.",
        footer = {"%nExample:%n  parley eval-stance --threads ../shared/corpus/lkml/threads ../shared/corpus/labels labels/stance",
                ExitCode.HELP})
final class EvalStanceCommand implements Callable<Integer> {

    @Parameters(paramLabel = "LABELDIR", arity = "1..*",
            description = "Folders of stance label files (labels/GUIDE.md's format), each thread labelled once.")
    List<Path> labelDirs;

    @Option(names = "--threads", paramLabel = "DIR",
            description = "Where the labelled threads' mbox files are (repeatable); LABELDIR/../lkml/threads is also tried.")
    List<Path> threadDirs = List.of();

    @Option(names = "--write-model", paramLabel = "FILE",
            description = "Train the confidence model on every labelled person and write it (JSON) to FILE.")
    Path modelFile;

    @Option(names = "--features", paramLabel = "FILE",
            description = "Write every labelled person's features, label and rule verdict to FILE (tab-separated).")
    Path featureFile;

    @Override
    public Integer call() throws Exception {
        StanceEvaluation evaluation = StanceEvaluation.load(labelDirs, threadDirs, StanceModel.standard());
        if (featureFile != null) Files.writeString(featureFile, evaluation.featureTable());
        Streams.out().print(evaluation.report());
        if (modelFile != null) {
            LogisticModel model = evaluation.trainConfidence().withNote("parley eval-stance --write-model: the confidence "
                    + "that the rules' verdict on a person is right, trained on " + evaluation.describe());
            model.save(modelFile);
            Streams.out().println("model written to " + modelFile);
        }
        return ExitCode.OK;
    }
}
