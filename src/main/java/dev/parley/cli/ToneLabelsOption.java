package dev.parley.cli;

import dev.parley.analysis.tone.ToneLabels;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A labelled tone set and the corpus its messages are read from: {@code LABELFILE [--corpus DIR]}. */
final class ToneLabelsOption {

    @Parameters(paramLabel = "LABELFILE", description = "The labelled set (JSON lines, as labels/tone/README.md describes).")
    Path labels;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/lkml",
            description = "Where the labelled messages lie: threads/*.mbox and the slice's .mbox.gz (default: ${DEFAULT-VALUE}).")
    Path corpus;

    List<ToneLabels.Item> read() throws IOException {
        return ToneLabels.read(labels, corpus);
    }
}
