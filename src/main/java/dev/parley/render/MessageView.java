package dev.parley.render;

import dev.parley.mail.Address;
import dev.parley.mail.Attachment;
import dev.parley.mail.ParsedMessage;
import dev.parley.model.StoredMessage;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

/** One message for reading: decoded headers, then the body text. */
public final class MessageView {

    private MessageView() {
    }

    /** Every stored copy of one Message-ID, in order, a dim line between copies. */
    public static String copies(List<StoredMessage> copies, TextStyle style) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < copies.size(); i++) {
            StoredMessage m = copies.get(i);
            if (i > 0) sb.append("\n").append(style.dim("--- another message with the same Message-ID ---")).append("\n\n");
            sb.append(text(m, m.parsed(), style));
        }
        return sb.toString();
    }

    public static String text(StoredMessage stored, ParsedMessage m, TextStyle style) {
        StringBuilder sb = new StringBuilder();
        if (stored.removed()) header(sb, style, "Removed", "its archive has since removed this message");
        header(sb, style, "From", m.from().toString());
        if (!m.to().isEmpty()) header(sb, style, "To", addresses(m.to()));
        if (!m.cc().isEmpty()) header(sb, style, "Cc", addresses(m.cc()));
        header(sb, style, "Subject", m.subject());
        if (m.date() != null) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(m.date().atWriterOffset());
            header(sb, style, "Date", date + "  (" + TextStyle.date(m.date().instant()) + " UTC"
                    + (m.dateFromEnvelope() ? ", from the mbox From line" : "") + ")");
        }
        header(sb, style, "Message-ID", m.syntheticId() ? m.messageId() + " (made up by Parley: the message had none)"
                : "<" + m.messageId() + ">");
        if (!m.inReplyTo().isEmpty()) header(sb, style, "In-Reply-To", "<" + m.inReplyTo() + ">");
        if (!m.listIds().isEmpty()) header(sb, style, "List-Id", String.join(", ", m.listIds()));
        for (Attachment a : m.attachments()) {
            header(sb, style, "Attachment", (a.filename().isEmpty() ? "(unnamed)" : a.filename()) + " (" + a.contentType()
                    + ", " + a.size() + " bytes)");
        }
        header(sb, style, "Thread", stored.threadId());
        sb.append('\n').append(m.body().text());
        if (!m.body().text().endsWith("\n")) sb.append('\n');
        return sb.toString();
    }

    private static void header(StringBuilder sb, TextStyle style, String name, String value) {
        sb.append(style.bold(name + ":")).append(' ').append(value).append('\n');
    }

    private static String addresses(List<Address> list) {
        StringJoiner j = new StringJoiner(", ");
        for (Address a : list) j.add(a.toString());
        return j.toString();
    }
}
