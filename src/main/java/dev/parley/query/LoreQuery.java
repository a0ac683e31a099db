package dev.parley.query;

import dev.parley.model.LoreWords;
import dev.parley.model.Prefix;
import dev.parley.model.TextAnalysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the lore/public-inbox query language into a {@link QueryNode}, reading it as Xapian's query parser does
 * for lore ({@code queryparser.lemony}, with public-inbox's flags: phrases, boolean operators, +/- and wildcards).
 *
 * <p>Words are read as the index reads them ({@link LoreWords}). Words joined by {@code . - / : \ @} are a phrase
 * ({@code namei.c}, {@code f:gregkh@linuxfoundation.org}, {@code drivers/staging}); other punctuation separates
 * words. A word is stemmed ({@code patches} also finds {@code patch} and {@code patching}) unless it starts with a
 * capital or a digit, stands in a phrase, ends in {@code *}, or is followed by one of {@code ( / \ @ < > = * [ { "}
 * (Xapian's "stem some"). Words are ANDed; {@code OR} binds looser than {@code XOR}, which binds looser than
 * {@code AND} and {@code NOT}; {@code NEAR} and {@code ADJ} (words within 10 of each other, in any order or in this
 * order; {@code NEAR/3}) tighter; these are operators only in capitals. {@code -word} excludes and {@code +word}
 * requires after a space or '('; parentheses group; {@code "..."} is a phrase; {@code word*} matches words starting
 * so. {@code prefix:value} limits a word, a phrase ({@code s:"a b"}) or a group ({@code s:(a OR b)}) to the fields of
 * the {@link Prefix}; an unknown {@code name:value} is text, as on lore. Filters of one prefix given side by side
 * ({@code mid:a mid:b}, {@code d:2019 d:2021}) match either, as in Xapian.
 *
 * <p>Where lore silently repairs a query, Parley says what is wrong: an unclosed phrase or parenthesis, an operator
 * without its operand, a prefix without a value, a date that is none.
 */
public final class LoreQuery {

    private enum Kind { WORD, PHRASE, FILTER, LPAREN, RPAREN, AND, OR, NOT, XOR, NEAR, ADJ, MINUS, PLUS, END }

    /**
     * A lexical token. For WORD: {@code words} (several for a phrased term like {@code namei.c}), {@code stem},
     * {@code wildcard}; for PHRASE the text between the quotes; for FILTER the value of a prefix whose values are
     * matched whole (ids, dates, tones); for NEAR and ADJ the distance. {@code prefix} is null where the enclosing one
     * applies; {@code valueStart} is where the value starts in the query.
     */
    private record Token(Kind kind, int start, int end, String text, Prefix prefix, int valueStart,
                         List<String> words, boolean stem, boolean wildcard, int distance) {
        Token(Kind kind, int start, int end, String text) {
            this(kind, start, end, text, null, start, List.of(), false, false, 0);
        }
    }

    /** Characters that join words into a phrase ({@code namei.c}). */
    private static final String PHRASE_JOINERS = ".-/:\\@";
    /** Characters after a word that keep it from being stemmed. */
    private static final String STEM_PREVENTERS = "(/\\@<>=*[{\"";
    /** How far apart NEAR and ADJ without a number let words be: 10, as in Xapian. */
    static final int DEFAULT_DISTANCE = 10;

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
        if (p.peek().kind == Kind.END) {
            throw new QuerySyntaxException(query.isBlank() ? "the query is empty" : "the query has no word to search for");
        }
        QueryNode n = p.or(Prefix.TEXT);
        Token t = p.peek();
        if (t.kind == Kind.RPAREN) throw p.error(t, "')' without a matching '('");
        if (t.kind != Kind.END) throw p.error(t, "unexpected " + p.text(t));
        return n;
    }

    // ---- lexer

    private int cp(int i) {
        return query.codePointAt(i);
    }

    private void lex() {
        int n = query.length();
        int i = 0;
        int prev = ' '; // the character before, as Xapian's lexer keeps it: ' ' after whitespace, 'A' after a word
        while (i < n) {
            int c = cp(i);
            if (Character.isWhitespace(c)) {
                prev = ' ';
                i += Character.charCount(c);
                continue;
            }
            if (!LoreWords.isWordChar(c)) {
                int after = i + Character.charCount(c);
                if (isQuote(c)) {
                    i = phrase(i, i, null);
                    prev = '"';
                    continue;
                }
                if ((c == '-' || c == '+') && (prev == ' ' || prev == '(') && after < n
                        && !Character.isWhitespace(cp(after)) && cp(after) != '-' && cp(after) != '+') {
                    tokens.add(new Token(c == '-' ? Kind.MINUS : Kind.PLUS, i, after, String.valueOf((char) c)));
                } else if (c == '(' && (prev == ' ' || "()+-".indexOf(prev) >= 0)) {
                    tokens.add(new Token(Kind.LPAREN, i, after, "("));
                } else if (c == ')') {
                    tokens.add(new Token(Kind.RPAREN, i, after, ")"));
                }
                prev = c;
                i = after;
                continue;
            }
            i = wordOrPrefix(i);
            prev = 'A';
        }
        tokens.add(new Token(Kind.END, n, n, ""));
    }

    private static boolean isQuote(int c) {
        return c == '"' || c == '\u201c' || c == '\u201d';
    }

    /** A quoted phrase whose opening quote is at {@code open}; returns where the lexer goes on. */
    private int phrase(int start, int open, Prefix prefix) {
        int close = open + 1;
        while (close < query.length() && !isQuote(query.charAt(close))) close++;
        if (close >= query.length()) {
            throw new QuerySyntaxException(query, open, query.substring(open), "the phrase has no closing '\"'");
        }
        tokens.add(new Token(Kind.PHRASE, start, close + 1, query.substring(open + 1, close), prefix, open + 1,
                List.of(), false, false, 0));
        return close + 1;
    }

    /** At a word character: a prefixed value, an operator, or a word (or phrased term); returns where the lexer goes on. */
    private int wordOrPrefix(int start) {
        int n = query.length();
        int nameEnd = start;
        while (nameEnd < n && LoreWords.isWordChar(cp(nameEnd))) nameEnd += Character.charCount(cp(nameEnd));
        if (nameEnd < n && query.charAt(nameEnd) == ':') {
            Prefix p = Prefix.byName(query.substring(start, nameEnd));
            int v = nameEnd + 1;
            if (p != null && (v >= n || Character.isWhitespace(cp(v)) || query.charAt(v) == ')')) {
                String name = query.substring(start, nameEnd);
                throw new QuerySyntaxException(query, start, query.substring(start, v), "the prefix " + name
                        + ": has no value (write " + name + ":word, " + name + ":\"some words\" or " + name + ":(a OR b))");
            }
            if (p != null && !p.analysed()) return filter(start, p, v);
            if (p != null) {
                int c = cp(v);
                if (isQuote(c)) return phrase(start, v, p);
                if (c == '(') {
                    tokens.add(new Token(Kind.LPAREN, v, v + 1, "(", p, v, List.of(), false, false, 0));
                    return v + 1;
                }
                int w = v;
                if (c == '<') w++; // m:<id>, f:<address>: the brackets of an id or address go (lore reads them as text)
                else if (c != ':') while (w < n && PHRASE_JOINERS.indexOf(query.charAt(w)) >= 0) w++; // path:/usr/local
                if (w < n && LoreWords.isWordChar(cp(w))) return word(start, w, p);
            }
            // an unknown prefix, or one without a word after it: text, as on lore
        }
        return word(start, start, null);
    }

    /** The value of a prefix whose values are matched whole: quoted, or up to a space or ')'. */
    private int filter(int start, Prefix p, int v) {
        int n = query.length();
        int end;
        String value;
        if (isQuote(cp(v))) {
            int close = v + 1;
            while (close < n && !isQuote(query.charAt(close))) close++;
            if (close >= n) throw new QuerySyntaxException(query, v, query.substring(v), "the value has no closing '\"'");
            value = query.substring(v + 1, close);
            end = close + 1;
        } else {
            end = v;
            while (end < n && !Character.isWhitespace(cp(end)) && query.charAt(end) != ')') end += Character.charCount(cp(end));
            value = query.substring(v, end);
        }
        tokens.add(new Token(Kind.FILTER, start, end, value, p, isQuote(cp(v)) ? v + 1 : v, List.of(), false, false, 0));
        return end;
    }

    /** A word starting at {@code at} (after its prefix, if any, which starts at {@code start}), and the words joined to it. */
    private int word(int start, int at, Prefix prefix) {
        int n = query.length();
        StringBuilder sb = new StringBuilder();
        LoreWords.Found f = LoreWords.next(query, at, sb);
        String w = sb.toString();
        int end = f.end();
        if (prefix == null && !f.initials() && isOperator(w)) {
            Kind k = Kind.valueOf(w);
            int distance = 0;
            if ((k == Kind.NEAR || k == Kind.ADJ) && end < n && query.charAt(end) == '/') {
                int d = end + 1;
                while (d < n && Character.isDigit(query.charAt(d))) d++;
                if (d > end + 1 && (d == n || Character.isWhitespace(query.charAt(d)))) {
                    distance = Integer.parseInt(query.substring(end + 1, d));
                    end = d;
                }
            }
            tokens.add(new Token(k, start, end, query.substring(start, end), null, start, List.of(), false, false, distance));
            return end;
        }
        if (end < n && query.charAt(end) == '*' && (end + 1 == n || !LoreWords.isWordChar(cp(end + 1)))) {
            tokens.add(new Token(Kind.WORD, start, end + 1, w, prefix, at, List.of(w), false, true, 0));
            return end + 1;
        }
        List<String> words = new ArrayList<>(List.of(w));
        while (true) {
            int j = end;
            while (j < n && PHRASE_JOINERS.indexOf(query.charAt(j)) >= 0) j++;
            if (j == end || j >= n || !LoreWords.isWordChar(cp(j))) break;
            sb.setLength(0);
            end = LoreWords.next(query, j, sb).end();
            words.add(sb.toString());
        }
        boolean stem = words.size() == 1 && TextAnalysis.stemsWhenTyped(w)
                && (end >= n || STEM_PREVENTERS.indexOf(query.charAt(end)) < 0);
        tokens.add(new Token(Kind.WORD, start, end, query.substring(at, end), prefix, at, List.copyOf(words), stem, false, 0));
        return end;
    }

    private static boolean isOperator(String w) {
        return switch (w) {
            case "AND", "OR", "NOT", "XOR", "NEAR", "ADJ" -> true;
            default -> false;
        };
    }

    static String knownPrefixes() {
        StringBuilder j = new StringBuilder();
        for (Prefix p : Prefix.values()) for (String n : p.names()) j.append(j.isEmpty() ? "" : " ").append(n).append(':');
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
        clauses.add(xor(field));
        while (peek().kind == Kind.OR) {
            Token op = take();
            if (!startsUnary(peek())) throw error(op, "OR needs something to search for after it");
            clauses.add(xor(field));
        }
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.Or(clauses);
    }

    private QueryNode xor(Prefix field) {
        QueryNode left = and(field);
        while (peek().kind == Kind.XOR) {
            Token op = take();
            if (!startsUnary(peek())) throw error(op, "XOR needs something to search for after it");
            left = new QueryNode.Xor(left, and(field));
        }
        return left;
    }

    private QueryNode and(Prefix field) {
        Token first = peek();
        if (first.kind == Kind.AND || first.kind == Kind.OR || first.kind == Kind.XOR) {
            throw error(first, first.text() + " needs something to search for before it");
        }
        List<QueryNode> clauses = new ArrayList<>();
        List<QueryNode> run = new ArrayList<>(); // clauses side by side, without AND between them
        run.add(unary(field));
        while (true) {
            Token t = peek();
            if (t.kind == Kind.AND) {
                take();
                if (!startsUnary(peek())) throw error(t, "AND needs something to search for after it");
                clauses.addAll(orFiltersOfOnePrefix(run));
                run.clear();
                run.add(unary(field));
            } else if (startsUnary(t)) {
                run.add(unary(field));
            } else {
                break;
            }
        }
        clauses.addAll(orFiltersOfOnePrefix(run));
        return clauses.size() == 1 ? clauses.get(0) : new QueryNode.And(clauses);
    }

    /**
     * Filters of one prefix side by side match either ({@code mid:a mid:b}, {@code d:2019 d:2021}): Xapian ORs
     * the boolean filters and ranges of one prefix within a run of words.
     */
    private static List<QueryNode> orFiltersOfOnePrefix(List<QueryNode> run) {
        Map<Prefix, List<QueryNode>> byPrefix = new LinkedHashMap<>();
        List<QueryNode> out = new ArrayList<>();
        for (QueryNode c : run) {
            Prefix p = switch (c) {
                case QueryNode.Term t when !t.prefix().analysed() -> t.prefix();
                case QueryNode.DateRange d -> d.prefix();
                default -> null;
            };
            if (p == null) {
                out.add(c);
            } else {
                List<QueryNode> same = byPrefix.get(p);
                if (same == null) {
                    same = new ArrayList<>();
                    byPrefix.put(p, same);
                    out.add(c); // placeholder, replaced below
                }
                same.add(c);
            }
        }
        for (List<QueryNode> same : byPrefix.values()) {
            if (same.size() > 1) out.set(out.indexOf(same.get(0)), new QueryNode.Or(same));
        }
        return out;
    }

    private static boolean startsUnary(Token t) {
        return switch (t.kind) {
            case WORD, PHRASE, FILTER, LPAREN, NOT, MINUS, PLUS -> true;
            default -> false;
        };
    }

    private QueryNode unary(Prefix field) {
        Token t = peek();
        switch (t.kind) {
            case NOT, MINUS -> {
                take();
                if (!startsUnary(peek())) throw error(t, t.text() + " needs something to exclude after it");
                return new QueryNode.Not(unary(field));
            }
            case PLUS -> {
                take();
                return unary(field);
            }
            default -> {
                return near(field);
            }
        }
    }

    /** Words joined by NEAR or ADJ (each operator may give its own distance; the largest counts, as in Xapian). */
    private QueryNode near(Prefix field) {
        Token first = peek();
        QueryNode left = primary(field);
        if (peek().kind != Kind.NEAR && peek().kind != Kind.ADJ) return left;
        Kind op = peek().kind;
        List<QueryNode.Term> terms = new ArrayList<>(List.of(nearOperand(first, left, op)));
        int distance = 0;
        while (peek().kind == op) {
            Token t = take();
            distance = Math.max(distance, t.distance());
            if (peek().kind != Kind.WORD) throw error(t, t.text() + " needs a word after it");
            Token w = peek();
            terms.add(nearOperand(w, primary(field), op));
        }
        if (peek().kind == Kind.NEAR || peek().kind == Kind.ADJ) {
            throw error(peek(), "NEAR and ADJ cannot be mixed without parentheses");
        }
        return new QueryNode.Near(terms, distance == 0 ? DEFAULT_DISTANCE : distance, op == Kind.ADJ);
    }

    private QueryNode.Term nearOperand(Token t, QueryNode n, Kind op) {
        if (n instanceof QueryNode.Term term && !term.wildcard() && term.prefix().analysed()) {
            return new QueryNode.Term(term.prefix(), term.text(), false, false); // positions: words as written
        }
        throw error(t, op + " joins single words (no phrases, wildcards or groups)");
    }

    private QueryNode primary(Prefix field) {
        Token t = take();
        Prefix p = t.prefix() == null ? field : t.prefix();
        return switch (t.kind) {
            case LPAREN -> group(t, p);
            case WORD -> word(p, t);
            case PHRASE -> phraseValue(p, t);
            case FILTER -> value(t.prefix(), t.text(), t.valueStart());
            case RPAREN -> throw error(t, "')' without a matching '('");
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

    private QueryNode word(Prefix p, Token t) {
        if (t.words().size() > 1) return new QueryNode.Phrase(p, t.text()); // namei.c: its words, as written
        return new QueryNode.Term(p, t.words().get(0), t.wildcard(), t.stem());
    }

    private QueryNode phraseValue(Prefix p, Token t) {
        if (t.text().isBlank()) throw new QuerySyntaxException(query, t.start(), query.substring(t.start(), t.end()), "empty value");
        if (!p.analysed()) return value(p, t.text(), t.valueStart());
        return new QueryNode.Phrase(p, t.text());
    }

    /** The value of a prefix whose values are matched whole; {@code at} is where it starts in the query. */
    private QueryNode value(Prefix p, String value, int at) {
        String v = value.strip();
        boolean wildcard = false;
        if (v.endsWith("*") && p.kind() == Prefix.Kind.EXACT) {
            wildcard = true;
            v = v.substring(0, v.length() - 1);
        }
        if (v.isEmpty()) throw new QuerySyntaxException(query, at, value, "empty value");
        switch (p.kind()) {
            case EXACT -> {
                String id = stripBrackets(v);
                if (id.isEmpty()) throw new QuerySyntaxException(query, at, value, "empty value");
                return new QueryNode.Term(p, p == Prefix.LIST_ID ? id.toLowerCase(Locale.ROOT) : id, wildcard, false);
            }
            case BLOB -> {
                String id = v.toLowerCase(Locale.ROOT);
                if (!id.matches("[0-9a-f]+")) throw new QuerySyntaxException(query, at, value, p.names().get(0) + ": takes a git blob id (hexadecimal)");
                return new QueryNode.Term(p, id, false, false);
            }
            case THREAD -> {
                if (v.endsWith("*")) throw new QuerySyntaxException(query, at, value, "thread: takes a whole Message-ID, no '*'");
                return new QueryNode.Term(p, stripBrackets(v), false, false);
            }
            case TONE -> {
                String tone = v.toLowerCase(Locale.ROOT);
                if (!Prefix.TONES.contains(tone)) {
                    throw new QuerySyntaxException(query, at, value, "tone: is one of " + String.join(", ", Prefix.TONES));
                }
                return new QueryNode.Term(p, tone, false, false);
            }
            case DATE -> {
                try {
                    LoreDates.Span s = LoreDates.parse(v, now);
                    return new QueryNode.DateRange(p, s.from(), s.until(), v);
                } catch (LoreDates.BadDate e) {
                    throw new QuerySyntaxException(query, at + e.offset, e.part, e.getMessage());
                }
            }
            default -> throw new IllegalStateException("prefix kind " + p.kind() + " takes words");
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
