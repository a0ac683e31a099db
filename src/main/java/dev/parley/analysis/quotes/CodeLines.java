package dev.parley.analysis.quotes;

import dev.parley.analysis.text.Sentences;
import dev.parley.mail.DiffLines;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells code, logs, shell sessions, stack traces, diffs and pasted headers from prose, stricter than the stance
 * reading needs ({@link Sentences#isProse}, which it builds on): a quote must never be a fragment of a program or a
 * log. What a diff line is, {@link DiffLines} decides; this class adds what else is not prose. {@link #mask} blanks
 * such lines (and paragraphs that are mostly such lines) in place, so the remaining prose keeps its line positions
 * and its paragraphs never join across a removed line.
 */
public final class CodeLines {

    /** Kernel log time stamps ("[   12.345678]"), syslog and ISO time stamps at the start of a line. */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^\\s*(?:<\\d>)?\\[\\s*\\d+\\.\\d+\\]|^\\s*\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d(?::\\d\\d)?"
                    + "|^\\s*[A-Z][a-z]{2} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d ");
    /** Stack traces: kernel ("func+0x1c/0x40", "Call Trace:", "RIP:"), Java ("at a.b.C.m(C.java:12)"), Python. */
    private static final Pattern STACK = Pattern.compile(
            "\\b[\\w.]+\\+0x[0-9a-f]+/0x[0-9a-f]+|^\\s*(?:Call Trace:|<IRQ>|</IRQ>|<TASK>|</TASK>|RIP:|RSP:|Code:"
                    + "|Hardware name:|Modules linked in:|CPU: \\d+ PID:|Workqueue:|Traceback \\(most recent call last\\))"
                    + "|^\\s*at [\\w$.]+\\([\\w$.]*(?::\\d+)?\\)|^\\s*File \"[^\"]+\", line \\d+"
                    + "|^\\s*(?:BUG|WARNING|Oops|kernel BUG|general protection fault|Unable to handle)\\b.*(?: at |: )");
    /** Shell prompts and interpreter prompts. */
    private static final Pattern PROMPT = Pattern.compile(
            "^\\s*(?:[$#%] |>>> |[\\w.-]+@[\\w.-]+:\\S*\\s?[$#] |\\(gdb\\) |\\(qemu\\) |\\w+> )");
    /** Configuration and assignments: CONFIG_FOO=y, key=value with no spaces. */
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(?:CONFIG_\\w+=|# CONFIG_\\w+ is not set|[\\w.\\[\\]-]+=\\S*$)");
    /** Mail headers and trailers pasted into the text. */
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*(?:From|To|Cc|Subject|Date|Message-I[Dd]|In-Reply-To|References|Reply-To|Link|Fixes|Closes|Change-Id"
                    + "|[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-[Bb]y):\\s");
    /** Operators, and calls with arguments, that prose seldom uses and code uses all the time ("foo()" is prose). */
    private static final Pattern CODE_TOKEN = Pattern.compile("->|==|!=|&&|\\|\\||::|\\+\\+|<<|>>|\\);|[{};]$|\\w\\(\\w+(?:, ?\\w+)+\\)");
    /** Runs of hex (addresses, register values, hashes) of eight digits or more. */
    private static final Pattern HEX = Pattern.compile("\\b(?:0x)?[0-9a-f]{8,}\\b");

    private CodeLines() {
    }

    /** Whether a line is code, a log line, a trace, a prompt, a diff line, a header or anything but prose. */
    public static boolean isCode(String line) {
        if (line.isBlank()) return false;
        if (!Sentences.isProse(line)) return true;
        if (line.startsWith(">") || line.startsWith("|")) return true; // quoting the splitter did not recognise
        if (TIMESTAMP.matcher(line).find() || STACK.matcher(line).find() || PROMPT.matcher(line).find()
                || DiffLines.kind(line).unambiguous() || ASSIGNMENT.matcher(line).find() || HEADER.matcher(line).find()) {
            return true;
        }
        int codeTokens = 0;
        var m = CODE_TOKEN.matcher(line);
        while (m.find()) codeTokens++;
        if (codeTokens >= 2) return true;
        int hex = 0;
        var h = HEX.matcher(line);
        while (h.find()) hex++;
        return hex >= 2;
    }

    /**
     * The text with every code line blanked, and every line between two code lines of one paragraph (run of
     * non-blank lines) blanked too: prose-looking lines inside a log or a code block (comments, messages) are part
     * of it, while the prose that leads into a pasted block or follows it stays. Line count and the positions of the
     * kept lines do not change.
     */
    public static String mask(String text) {
        String[] lines = text.split("\r?\n", -1);
        boolean[] code = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) code[i] = isCode(lines[i]);
        int start = 0;
        while (start < lines.length) {
            if (lines[start].isBlank()) {
                start++;
                continue;
            }
            int end = start;
            int firstCode = -1, lastCode = -1;
            while (end < lines.length && !lines[end].isBlank()) {
                if (code[end]) {
                    if (firstCode < 0) firstCode = end;
                    lastCode = end;
                }
                end++;
            }
            for (int i = firstCode + 1; firstCode >= 0 && i < lastCode; i++) code[i] = true;
            start = end;
        }
        List<String> out = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) out.add(code[i] ? "" : lines[i]);
        return String.join("\n", out);
    }
}
