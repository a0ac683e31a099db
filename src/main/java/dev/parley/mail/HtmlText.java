package dev.parley.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;

/**
 * HTML mail to plain text with Jsoup, keeping what matters for Parley: paragraphs and line breaks, list items,
 * preformatted text as is, and {@code <blockquote>} as "> "-quoted lines so quoted text is still recognised.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "pre", "blockquote", "table", "ul", "ol", "hr", "section", "article", "header", "footer", "dt", "dd");

    private HtmlText() {
    }

    public static String toText(String html) {
        Element body = Jsoup.parse(html).body();
        Renderer r = new Renderer();
        r.render(body, 0, false);
        return r.result();
    }

    private static final class Renderer {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private int lineDepth;
        private boolean pendingSpace;

        void render(Node node, int depth, boolean pre) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode t) {
                    text(pre ? t.getWholeText() : t.text(), depth, pre, t.getWholeText());
                } else if (child instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("script") || tag.equals("style") || tag.equals("head")) continue;
                    boolean block = BLOCKS.contains(tag);
                    int d = tag.equals("blockquote") ? depth + 1 : depth;
                    if (block) newline();
                    if (tag.equals("li")) { start(d); line.append("- "); }
                    render(e, d, pre || tag.equals("pre"));
                    if (tag.equals("a") && e.hasAttr("href")) {
                        String href = e.attr("href");
                        if (!href.isEmpty() && !href.equals(e.text()) && !href.startsWith("mailto:")) {
                            start(d);
                            line.append(" <").append(href).append('>');
                        }
                    }
                    if (block) newline();
                    if (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre")) blankLine();
                }
            }
        }

        private void text(String s, int depth, boolean pre, String whole) {
            if (pre) {
                String[] parts = s.split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) newline();
                    start(depth);
                    line.append(parts[i]);
                }
                return;
            }
            if (s.isEmpty()) {
                if (!whole.isEmpty()) pendingSpace = line.length() > 0;
                return;
            }
            boolean lineStart = line.length() == 0;
            start(depth);
            if (lineStart) s = s.stripLeading();
            if ((pendingSpace || Character.isWhitespace(whole.charAt(0))) && line.length() > prefixLength()
                    && line.charAt(line.length() - 1) != ' ') line.append(' ');
            line.append(s);
            pendingSpace = Character.isWhitespace(whole.charAt(whole.length() - 1));
        }

        private int prefixLength() {
            return lineDepth == 0 ? 0 : lineDepth + 1;
        }

        private void start(int depth) {
            if (line.length() == 0) {
                lineDepth = depth;
                if (depth > 0) line.append(">".repeat(depth)).append(' ');
            }
        }

        private void newline() {
            if (line.length() > 0) {
                out.append(line.toString().stripTrailing()).append('\n');
                line.setLength(0);
            }
            pendingSpace = false;
        }

        private void blankLine() {
            newline();
            int n = out.length();
            if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) out.append('\n');
        }

        String result() {
            newline();
            return out.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
