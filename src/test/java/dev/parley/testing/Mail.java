package dev.parley.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds realistic test messages and mbox files (fictional people and lists). */
public final class Mail {

    private final List<String> headers = new ArrayList<>();
    private String body = "";
    private String envelope = "From someone@example.org Mon Jun  4 10:00:00 2018";

    public static Mail message(String id) {
        Mail m = new Mail();
        m.headers.add("From: Alice Example <alice@example.org>");
        m.headers.add("To: devel@lists.example.org");
        m.headers.add("Subject: a test message");
        m.headers.add("Date: Mon, 4 Jun 2018 10:00:00 +0200");
        if (id != null) m.headers.add("Message-ID: <" + id + ">");
        m.headers.add("List-Id: <devel.lists.example.org>");
        return m;
    }

    public Mail header(String name, String value) {
        headers.removeIf(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1));
        if (value != null) headers.add(name + ": " + value);
        return this;
    }

    public Mail from(String from) {
        return header("From", from);
    }

    public Mail subject(String s) {
        return header("Subject", s);
    }

    public Mail date(String d) {
        return header("Date", d);
    }

    /** Sets In-Reply-To to the last id and References to all of them. */
    public Mail replyTo(String... chain) {
        header("In-Reply-To", "<" + chain[chain.length - 1] + ">");
        StringBuilder sb = new StringBuilder();
        for (String c : chain) sb.append(sb.isEmpty() ? "" : " ").append('<').append(c).append('>');
        return header("References", sb.toString());
    }

    public Mail body(String b) {
        this.body = b;
        return this;
    }

    public Mail envelope(String fromLine) {
        this.envelope = fromLine;
        return this;
    }

    /** The message bytes (no From line). */
    public String text() {
        return String.join("\n", headers) + "\n\n" + body + (body.endsWith("\n") ? "" : "\n");
    }

    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    /** As one mboxrd entry: From line, escaped body, blank separator line. */
    public String mboxEntry() {
        StringBuilder sb = new StringBuilder(envelope).append('\n');
        for (String line : text().split("\n", -1)) {
            if (line.matches("^>*From .*")) sb.append('>');
            sb.append(line).append('\n');
        }
        sb.setLength(sb.length() - 1); // text() ends with \n, split gave a trailing ""
        return sb.append('\n').toString();
    }

    public static String mbox(Mail... messages) {
        StringBuilder sb = new StringBuilder();
        for (Mail m : messages) sb.append(m.mboxEntry());
        return sb.toString();
    }
}
