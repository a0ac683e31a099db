package dev.parley.query;

/**
 * A malformed query. The message names the position (1-based character) and the offending text, so people can see
 * what to fix; the command line turns it into exit code 2.
 */
public final class QuerySyntaxException extends RuntimeException {

    private final int position;
    private final String near;

    /**
     * @param position 0-based index into the query where the problem is
     * @param near the offending part of the query as typed
     */
    public QuerySyntaxException(String query, int position, String near, String problem) {
        super("bad query: " + problem + " at position " + (position + 1) + " (\"" + near + "\" in \"" + query + "\")");
        this.position = position;
        this.near = near;
    }

    /** A problem with the query as a whole. */
    public QuerySyntaxException(String problem) {
        super("bad query: " + problem);
        this.position = -1;
        this.near = "";
    }

    /** 0-based index of the offending part, or -1 when the problem is with the whole query. */
    public int position() {
        return position;
    }

    public String near() {
        return near;
    }
}
