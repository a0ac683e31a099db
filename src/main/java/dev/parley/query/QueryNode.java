package dev.parley.query;

import dev.parley.model.Prefix;

import java.time.Instant;
import java.util.List;

/**
 * A parsed query: a small tree that says what to match, not how. Backends translate it to their own queries
 * ({@link LuceneQueries} for the embedded index). {@link #toString()} gives the tree back in query syntax, fully
 * parenthesised, which shows how a query was understood.
 */
public sealed interface QueryNode {

    /**
     * Whether matching messages can be ranked: some word or phrase is searched for (not only excluded). A query of
     * filters alone (dates, ids, lists, tone) matches every message equally.
     */
    default boolean ranked() {
        return switch (this) {
            case And a -> a.clauses().stream().anyMatch(QueryNode::ranked);
            case Or o -> o.clauses().stream().anyMatch(QueryNode::ranked);
            case Xor x -> x.left().ranked() || x.right().ranked();
            case Not n -> false;
            case Near n -> true;
            case Term t -> t.prefix().analysed();
            case Phrase p -> p.prefix().analysed();
            case DateRange d -> false;
        };
    }

    /** Every clause must match. */
    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }

        @Override
        public String toString() {
            return join(clauses, " AND ");
        }
    }

    /** At least one clause must match. */
    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }

        @Override
        public String toString() {
            return join(clauses, " OR ");
        }
    }

    /** Exactly one of the two must match. */
    record Xor(QueryNode left, QueryNode right) implements QueryNode {
        @Override
        public String toString() {
            return "(" + left + " XOR " + right + ")";
        }
    }

    /** The clause must not match. */
    record Not(QueryNode clause) implements QueryNode {
        @Override
        public String toString() {
            return "NOT " + clause;
        }
    }

    /**
     * One word, as typed (case kept), for the given prefix; for prefixes whose values are matched whole the whole value.
     *
     * @param wildcard whether the word ended in '*' (it is given here without it): any word starting so matches
     * @param stem whether every word with the same English stem matches too
     */
    record Term(Prefix prefix, String text, boolean wildcard, boolean stem) implements QueryNode {
        /** A word matched as written (or as a prefix of words). */
        public Term(Prefix prefix, String text, boolean wildcard) {
            this(prefix, text, wildcard, false);
        }

        @Override
        public String toString() {
            return prefixed(prefix, text + (wildcard ? "*" : ""));
        }
    }

    /**
     * Words near each other, in any order ({@code NEAR}) or in the order given ({@code ADJ}): as Xapian reads
     * {@code a NEAR/n b c}, all within {@code n - 1} positions more than they take themselves ({@code a} and
     * {@code b} at most {@code n} apart when they are two).
     */
    record Near(List<Term> terms, int distance, boolean ordered) implements QueryNode {
        public Near {
            terms = List.copyOf(terms);
        }

        @Override
        public String toString() {
            return join(terms, ordered ? " ADJ/" + distance + " " : " NEAR/" + distance + " ");
        }
    }

    /** Words that must appear together in this order. */
    record Phrase(Prefix prefix, String text) implements QueryNode {
        @Override
        public String toString() {
            return prefixed(prefix, "\"" + text + "\"");
        }
    }

    /**
     * A time span (dates are UTC).
     *
     * @param from the first instant included, or null for no lower bound
     * @param until the first instant no longer included, or null for no upper bound
     * @param text the value as typed
     */
    record DateRange(Prefix prefix, Instant from, Instant until, String text) implements QueryNode {
        @Override
        public String toString() {
            return prefixed(prefix, (from == null ? "" : from.toString()) + ".." + (until == null ? "" : until.toString()));
        }
    }

    private static String prefixed(Prefix p, String value) {
        return p == Prefix.TEXT ? value : p.names().get(0) + ":" + value;
    }

    private static String join(List<? extends QueryNode> clauses, String op) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < clauses.size(); i++) sb.append(i == 0 ? "" : op).append(clauses.get(i));
        return sb.append(')').toString();
    }
}
