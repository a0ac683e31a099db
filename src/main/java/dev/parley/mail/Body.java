package dev.parley.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * A message body as readable text, cut into segments.
 *
 * @param text the decoded text (text/plain preferred, HTML converted, format=flowed joined)
 * @param segments the text cut into runs of own text, quotes, attribution lines, signature, diff and trailers
 * @param trailers the trailers found in the author's own lines
 * @param diff the patch content, if any
 */
public record Body(String text, List<Segment> segments, List<Trailer> trailers, DiffSummary diff) {

    public static final Body EMPTY = new Body("", List.of(), List.of(), DiffSummary.EMPTY);

    /** The author's own new text: every OWN segment, separated by blank lines. */
    public String ownText() {
        return join(Segment.Kind.OWN);
    }

    /** Quoted text with its attribution lines. */
    public String quotedText() {
        return join(Segment.Kind.ATTRIBUTION, Segment.Kind.QUOTE);
    }

    public String signature() {
        return join(Segment.Kind.SIGNATURE);
    }

    public String diffText() {
        return join(Segment.Kind.DIFF);
    }

    /** Joins segments of the given kinds; an attribution line stays directly above the quote it introduces. */
    private String join(Segment.Kind... kinds) {
        StringBuilder sb = new StringBuilder();
        Segment previous = null;
        for (Segment s : segments) {
            for (Segment.Kind k : kinds) {
                if (s.kind() == k) {
                    if (!sb.isEmpty()) {
                        boolean introduces = previous != null && previous.kind() == Segment.Kind.ATTRIBUTION
                                && s.kind() == Segment.Kind.QUOTE;
                        sb.append(introduces ? "\n" : "\n\n");
                    }
                    sb.append(s.text());
                    break;
                }
            }
            previous = s;
        }
        return sb.toString();
    }

    /** Segments of the given kinds, in order. */
    public List<Segment> segments(Segment.Kind kind) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) if (s.kind() == kind) out.add(s);
        return out;
    }
}
