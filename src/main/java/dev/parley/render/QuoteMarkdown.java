package dev.parley.render;

import dev.parley.analysis.quotes.Quote;

import java.util.List;
import java.util.Locale;

/** Quotes as Markdown: each as a block quote with author, stance, date, link, score and its attribution line. */
public final class QuoteMarkdown {

    private QuoteMarkdown() {
    }

    public static String render(String title, List<Quote> quotes, String linkBase) {
        StringBuilder sb = new StringBuilder("# Quotes: ").append(DigestMarkdown.escape(title)).append("\n\n");
        if (quotes.isEmpty()) return sb.append("No quotable sentences.\n").toString();
        int n = 0;
        for (Quote q : quotes) {
            sb.append(++n).append(". > ").append(DigestMarkdown.escape(q.text())).append("\n\n");
            sb.append("   ").append(DigestMarkdown.escape(q.author())).append(", ").append(q.stance().id())
                    .append(q.fromProposedText() ? ", from the proposed text (" + DigestMarkdown.escape(q.file()) + ")" : "")
                    .append(", ").append(DigestText.day(q.date())).append(", [message](")
                    .append(Permalinks.of(linkBase, q.messageId())).append("), score ")
                    .append(String.format(Locale.ROOT, "%.2f", q.score())).append("\n\n");
            sb.append("   ").append(DigestMarkdown.escape(QuoteReport.attribution(q))).append("\n\n");
        }
        return sb.toString();
    }
}
