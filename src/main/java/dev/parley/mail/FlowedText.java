package dev.parley.mail;

/** Undoes RFC 3676 {@code format=flowed}: soft line breaks joined, space-stuffing removed, quote depth respected. */
public final class FlowedText {

    private FlowedText() {
    }

    public static String unflow(String text, boolean delSp) {
        String[] lines = text.split("\r?\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder para = null;
        int paraDepth = -1;
        for (String raw : lines) {
            int depth = 0;
            while (depth < raw.length() && raw.charAt(depth) == '>') depth++;
            String content = raw.substring(depth);
            if (content.startsWith(" ")) content = content.substring(1); // space-stuffing
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (para != null && depth != paraDepth) { // a flowed paragraph must not cross quote depths
                finish(out, para, paraDepth);
                para = null;
            }
            if (para == null) {
                para = new StringBuilder();
                paraDepth = depth;
            }
            para.append(soft && delSp ? content.substring(0, content.length() - 1) : content);
            if (!soft) {
                finish(out, para, paraDepth);
                para = null;
            }
        }
        if (para != null) finish(out, para, paraDepth);
        if (out.length() > 0) out.setLength(out.length() - 1);
        return out.toString();
    }

    private static void finish(StringBuilder out, StringBuilder para, int depth) {
        if (depth > 0) out.append(">".repeat(depth)).append(' ');
        out.append(para).append('\n');
    }
}
