package com.hindsight.search;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Why Lucene's classic {@link QueryParser} refused a query, in words, and where: the parser's own
 * message lists every token it expected, which helps nobody who writes a query by hand.
 *
 * @param reason   what is wrong, e.g. {@code unexpected ")"} or {@code it ends too early (...)}
 * @param position the character the problem was found at, counting from 1; {@code length + 1}
 *                 when the query ends too early; 0 when the parser did not say
 */
public record QuerySyntaxProblem(String reason, int position) {

    static final String ENDS_TOO_EARLY = "it ends too early (is a parenthesis, quote or bracket"
            + " left open, or does it end with AND, OR, NOT or a field name?)";

    /** The lexer's message is the only place it reports the column (1-based) it stopped at. */
    private static final Pattern LEXER_COLUMN = Pattern.compile("column (\\d+)");

    public QuerySyntaxProblem {
        Objects.requireNonNull(reason, "reason is null");
    }

    /** Reads the exception {@link QueryParser#parse} threw for {@code query}. */
    public static QuerySyntaxProblem of(ParseException e, String query) {
        Objects.requireNonNull(e, "e is null");
        Objects.requireNonNull(query, "query is null");
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof ParseException parse && parse.currentToken != null
                && parse.currentToken.next != null) {
            Token unexpected = parse.currentToken.next;
            int offset = unexpected.beginColumn; // FastCharStream counts from 0
            if (unexpected.kind == 0 || offset >= query.length()) {
                return new QuerySyntaxProblem(ENDS_TOO_EARLY, query.length() + 1);
            }
            return new QuerySyntaxProblem("unexpected \"" + unexpected.image + "\"", offset + 1);
        }
        if (cause instanceof TokenMgrError) {
            Matcher column = LEXER_COLUMN.matcher(String.valueOf(cause.getMessage()));
            int position = column.find() ? Integer.parseInt(column.group(1)) : 0;
            if (position > query.length() || position == 0 && cause.getMessage().contains("<EOF>")) {
                return new QuerySyntaxProblem(ENDS_TOO_EARLY, query.length() + 1);
            }
            if (position > 0) {
                String character = query.substring(position - 1, position);
                return new QuerySyntaxProblem("unexpected \"" + character + "\"", position);
            }
        }
        return new QuerySyntaxProblem(firstLineOf(e, query), 0);
    }

    /**
     * The reason with its place: {@code unexpected ")" at character 6}; a query that ends too
     * early, or a problem without a known place, is described by the reason alone.
     */
    public String describe(String query) {
        return position <= 0 || position > query.length() ? reason : reason + " " + where(query);
    }

    /** "at character 7" or "at the end"; empty when the position is unknown. */
    public String where(String query) {
        if (position <= 0) {
            return "";
        }
        return position > query.length() ? "at the end" : "at character " + position;
    }

    private static String firstLineOf(ParseException e, String query) {
        String message = Objects.requireNonNullElse(e.getMessage(), "unknown parser error");
        String preamble = "Cannot parse '" + query + "': ";
        if (message.startsWith(preamble)) {
            message = message.substring(preamble.length());
        }
        int lineEnd = message.indexOf('\n');
        String firstLine = (lineEnd < 0 ? message : message.substring(0, lineEnd)).strip();
        return firstLine.contains("<EOF>") ? ENDS_TOO_EARLY : firstLine;
    }
}
