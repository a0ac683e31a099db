package dev.parley.mail;

import java.util.List;

/**
 * What a message's patch touches and changes, split the way lore's {@code df*:} prefixes search it.
 *
 * @param files file names named by the diff (both old and new names)
 * @param added added lines without their '+' marker
 * @param removed removed lines without their '-' marker
 * @param context context lines without their leading space
 * @param hunkHeaders the function/context text after {@code @@ ... @@}
 * @param addedByFile added lines per file, for callers that care which file prose was added to; runs of added lines
 *                    that are not adjacent in the new file (another hunk, or context or removed lines between them)
 *                    are separated by an empty line, so prose read from them never joins lines across a gap
 * @param notes the patch's other lines, which lore searches as plain text: the {@code ---} before the diffstat, the
 *              diffstat and its summary ({@code 2 files changed}, {@code create mode}), {@code diff --git} lines,
 *              mode, rename and similarity lines, {@code \ No newline at end of file}
 * @param blobsBefore the git blob ids before the change, from the {@code index A..B} lines
 * @param blobsAfter the git blob ids after it
 */
public record DiffSummary(List<String> files, List<String> added, List<String> removed, List<String> context,
                          List<String> hunkHeaders, List<FileAddition> addedByFile, List<String> notes,
                          List<String> blobsBefore, List<String> blobsAfter) {

    public static final DiffSummary EMPTY = new DiffSummary(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public boolean isEmpty() {
        return files.isEmpty() && added.isEmpty() && removed.isEmpty();
    }

    /** The lines a diff adds to one file, in order. */
    public record FileAddition(String file, List<String> lines) {
    }
}
