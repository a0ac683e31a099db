package dev.parley.query;

import dev.parley.model.Prefix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Parses the lore/public-inbox query language into a {@link QueryNode}.
 *
 * <p>Grammar, as Xapian's query parser reads it for lore: words are ANDed; {@code OR} binds looser than AND (so
 * {@code a b OR c} is {@code (a AND b) OR c}); {@code AND}, {@code OR} and {@code NOT} are operators only in capitals;
 * {@code -word} and {@code NOT word} exclude, {@code +word} requires; parentheses group; {@code "..."} is a phrase;
 * {@code word*} matches words starting so. {@code prefix:value} limits a word, a phrase ({@code s:"a b"}) or, as a
 * Parley extension, a group ({@code s:(a OR b)}) to the fields of the {@link Prefix}. An unknown {@code name:value}
 * is an error (quote it to search it as text), except URLs.
 */
public final class LoreQuery {

    private enum Kind { WORD, PHRASE, FIELD, LPAREN, RPAREN, AND, OR, NOT, MINUS, PLUS, END }

    /** A lexical token; for FIELD, {@code text} is the value after the colon and {@code valueStart} where it starts. */
    private record Token(Kind kind, int start, int end, String text, Prefix prefix, int valueStart) {
    }

    private final String query;
    private final Instant now;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private LoreQuery(String query, Instant now) {
        this.query = query;
        this.now = now;
    }

    /** Parses a query; relative dates count back from now. */
    public static QueryNode parse(String query) {
        return parse(query, Instant.now());
    }

    /** Parses a query; relative dates ({@code d:2.weeks.ago..}) count back from {@code now}. */
    public static QueryNode parse(String query, Instant now) {
        LoreQuery p = new LoreQuery(query, now);
        p.lex();
        if (p.peek().kind == Kind.END) throw new QuerySyntaxException("the query is empty");
        QueryNode n = p.or(Prefix.TEXT);
        Token t = p.peek();
        if (t.kind == Kind.RPAREN) throw p.error(t, "')' without a matching '('");
        if (t.kind != Kind.END) throw p.error(t, "unexpected " + p.text(t));
        return n;
    }

    // ---- lexer

    private void lex() {
        int i = 0, n = query.length();
        while (true) {
            while (i < n && Character.isWhitespace(query.charAt(i))) i++;
            if (i >= n) break;
            char c = query.charAt(i);
            if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, i, i + 1, "(", null, 0));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, i, i + 1, ")", null, 0));
                i++;
            } else if (isQuote(c)) {
                i = phrase(i);
            } else if ((c == '-' || c == '+') && i + 1 < n && startsTerm(query.charAt(i + 1))) {
                tokens.add(new Token(c == '-' ? Kind.MINUS : Kind.PLUS, i, i + 1, String.valueOf(c), null, 0));
                i++;
            } else {
                i = word(i);
            }
        }
        tokens.add(new Token(Kind.END, n, n, "", null, 0));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
    }

    private static boolean startsTerm(char c) {
        return !Character.isWhitespace(c) && c != ')' && c != '-' && c != '+';
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c);
    }

    private int phrase(int open) {
        int close = open + 1;
        while (close < query.length() && !isQuote(query.charAt(close))) close++;
        if (close >= query.length()) {
            throw new QuerySyntaxException(query, open, query.substring(open), "the phrase has no closing '\"'");
        }
        tokens.add(new Token(Kind.PHRASE, open, close + 1, query.substring(open + 1, close), null, open + 1));
        return close + 1;
    }

    private int word(int start) {
        int end = start;
        while (end < query.length() && !endsWord(query.charAt(end))) end++;
        String w = query.substring(start, end);
        switch (w) {
            case "AND" -> tokens.add(new Token(Kind.AND, start, end, w, null, 0));
            case "OR" -> tokens.add(new Token(Kind.OR, start, end, w, null, 0));
            case "NOT" -> tokens.add(new Token(Kind.NOT, start, end, w, null, 0));
            default -> {
                int colon = w.indexOf(':');
                String name = colon > 0 ? w.substring(0, colon) : "";
                if (colon > 0 && name.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                    Prefix p = Prefix.byName(name);
                    String value = w.substring(colon + 1);
                    boolean followedByGroup = end < query.length() && (query.charAt(end) == '(' || isQuote(query.charAt(end)));
                    if (p != null) {
                        if (value.isEmpty() && !followedByGroup) {
                            throw new QuerySyntaxException(query, start, w, "the prefix " + name + ": has no value (write "
                                    + name + ":word, " + name + ":\"some words\" or " + name + ":(a OR b))");
                        }
                        tokens.add(new Token(Kind.FIELD, start, end, value, p, start + colon + 1));
                        return end;
                    }
                    if (!value.isEmpty() && !value.startsWith("//")) {
                        throw new QuerySyntaxException(query, start, name + ":", "unknown prefix " + name + ": (known: "
                                + knownPrefixes() + "; put the word in quotes to search for it as text)");
                    }
                }
                tokens.add(new Token(Kind.WORD, start, end, w, null, start));
            }
        }
        return end;
    }

    static String knownPrefixes() {
        StringJoiner j = new StringJoiner(" ");
        for (Prefix p : Prefix.values()) for (String n : p.names()) j.add(n + ":");
        return j.toString();
    }

    // ---- parser

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private QueryNode or(Prefix field) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(and(field));
        while (peek().kind == Kind.OR) {
            Token op = take();
            if (!startsUnary(peek())) throw error(op, "OR needs something to search for after it");
            clauses.add(and(field));
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses);
    }

    private QueryNode and(Prefix field) {
        Token first = peek();
        if (first.kind == Kind.AND || first.kind == Kind.OR) {
            throw error(first, first.text + " needs something to search for before it");
        }
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(unary(field));
        while (true) {
            Token t = peek();
            if (t.kind == Kind.AND) {
                take();
                if (!startsUnary(peek())) throw error(t, "AND needs something to search for after it");
                clauses.add(unary(field));
            } else if (startsUnary(t)) {
                clauses.add(unary(field));
            } else {
                break;
            }
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses);
    }

    private static boolean startsUnary(Token t) {
        return switch (t.kind) {
            case WORD, PHRASE, FIELD, LPAREN, NOT, MINUS, PLUS -> true;
            default -> false;
        };
    }

    private QueryNode unary(Prefix field) {
        Token t = peek();
        switch (t.kind) {
            case NOT, MINUS -> {
                take();
                if (!startsUnary(peek())) throw error(t, t.text + " needs something to exclude after it");
                return new QueryNode.Not(unary(field));
            }
            case PLUS -> {
                take();
                return unary(field);
            }
            default -> {
                return primary(field);
            }
        }
    }

    private QueryNode primary(Prefix field) {
        Token t = take();
        return switch (t.kind) {
            case LPAREN -> group(t, field);
            case WORD -> value(field, t.text, t.start, false);
            case PHRASE -> value(field, t.text, t.start + 1, true);
            case RPAREN -> throw error(t, "')' without a matching '('");
            case FIELD -> {
                if (!t.text.isEmpty()) yield value(t.prefix, t.text, t.valueStart, false);
                Token v = take(); // the lexer saw a '(' or a phrase right after the colon
                yield v.kind == Kind.LPAREN ? group(v, t.prefix) : value(t.prefix, v.text, v.start + 1, true);
            }
            default -> throw error(t, "unexpected " + text(t));
        };
    }

    private QueryNode group(Token open, Prefix field) {
        if (peek().kind == Kind.RPAREN) throw error(open, "empty parentheses");
        if (peek().kind == Kind.END) throw error(open, "'(' without a matching ')'");
        QueryNode inner = or(field);
        Token close = take();
        if (close.kind != Kind.RPAREN) {
            if (close.kind == Kind.END) throw error(open, "'(' without a matching ')'");
            throw error(close, "unexpected " + text(close));
        }
        return inner;
    }

    /** A word or phrase value for a prefix; {@code at} is where the value starts in the query. */
    private QueryNode value(Prefix p, String value, int at, boolean phrase) {
        String shown = phrase ? "\"" + value + "\"" : value;
        int shownAt = phrase ? at - 1 : at;
        boolean wildcard = false;
        String v = value;
        if (!phrase) {
            int star = v.indexOf('*');
            boolean literalStars = p.kind() == Prefix.Kind.EXACT; // a Message-ID may hold a '*'
            if (star >= 0 && star < v.length() - 1 && !literalStars) {
                throw new QuerySyntaxException(query, at + star, v, "'*' works only at the end of a word (like lust*)");
            }
            if (v.endsWith("*")) {
                wildcard = true;
                v = v.substring(0, v.length() - 1);
                if (v.isEmpty()) throw new QuerySyntaxException(query, at, value, "'*' needs the start of a word before it");
            }
        }
        if (v.isBlank()) throw new QuerySyntaxException(query, shownAt, shown, "empty value");
        switch (p.kind()) {
            case TEXT, ADDRESS -> {
                return phrase ? new QueryNode.Phrase(p, v) : new QueryNode.Term(p, v, wildcard);
            }
            case LIST -> {
                return new QueryNode.Term(p, v.strip().toLowerCase(Locale.ROOT), wildcard);
            }
            case EXACT -> {
                String id = stripBrackets(v);
                if (id.isEmpty()) throw new QuerySyntaxException(query, shownAt, shown, "empty value");
                return new QueryNode.Term(p, p == Prefix.LIST_ID ? id.toLowerCase(Locale.ROOT) : id, wildcard);
            }
            case THREAD -> {
                if (wildcard) throw new QuerySyntaxException(query, shownAt, shown, "thread: takes a whole Message-ID, no '*'");
                return new QueryNode.Term(p, stripBrackets(v), false);
            }
            case TONE -> {
                String tone = v.strip().toLowerCase(Locale.ROOT);
                if (wildcard || !Prefix.TONES.contains(tone)) {
                    throw new QuerySyntaxException(query, shownAt, shown, "tone: is one of " + String.join(", ", Prefix.TONES));
                }
                return new QueryNode.Term(p, tone, false);
            }
            case DATE -> {
                if (wildcard) throw new QuerySyntaxException(query, shownAt, shown, "dates take no '*'");
                try {
                    LoreDates.Span s = LoreDates.parse(v.strip(), now);
                    return new QueryNode.DateRange(p, s.from(), s.until(), v.strip());
                } catch (LoreDates.BadDate e) {
                    throw new QuerySyntaxException(query, at + e.offset, e.part, e.getMessage());
                }
            }
            default -> throw new IllegalStateException("unhandled prefix kind " + p.kind());
        }
    }

    private static String stripBrackets(String id) {
        String s = id.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        return s;
    }

    private String text(Token t) {
        return t.kind == Kind.END ? "end of query" : "'" + query.substring(t.start, t.end) + "'";
    }

    private QuerySyntaxException error(Token t, String problem) {
        String near = t.kind == Kind.END ? "" : query.substring(t.start, t.end);
        return new QuerySyntaxException(query, t.start, near, problem);
    }
}
