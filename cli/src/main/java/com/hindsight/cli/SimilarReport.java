package com.hindsight.cli;

import com.hindsight.search.cases.KeyFigures;
import com.hindsight.search.cases.ReviewRecord;
import com.hindsight.search.cases.SimilarIncident;
import com.hindsight.search.cases.SimilarResults;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Prints the answer of `hindsight similar` for a reader (the JSON comes from CaseJson). */
final class SimilarReport {
    private static final int ECHO_CHARS = 60;

    private final PrintWriter out;
    private final DateTimeFormatter day;

    SimilarReport(PrintWriter out, ZoneId zone) {
        this.out = out;
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(zone);
    }

    void print(String asked, SimilarResults results) {
        String echo = asked.replaceAll("\\s+", " ").strip();
        out.printf(Locale.ROOT, "%d similar past %s for: %s%n", results.incidents().size(),
                results.incidents().size() == 1 ? "incident" : "incidents",
                echo.length() > ECHO_CHARS ? echo.substring(0, ECHO_CHARS) + "…" : echo);
        if (results.incidents().isEmpty()) {
            out.println("No past incident shares enough of its terms"
                    + (results.terms().isEmpty() ? " (no term of the description is in the index)." : ": "
                    + String.join(" ", results.terms())));
        }
        int rank = 0;
        for (SimilarIncident incident : results.incidents()) {
            out.println();
            out.printf(Locale.ROOT, "%d. %s  %s   (score %.2f, %d%% of the terms)%n", ++rank, incident.incidentId(),
                    orDash(incident.title()), incident.score(), Math.round(incident.coverage() * 100));
            out.printf(Locale.ROOT, "   %s · %s · %s to %s%n", orDash(incident.bank()), orDash(incident.category()),
                    incident.openedAt() == null ? "-" : day.format(incident.openedAt()),
                    incident.closedAt() == null ? "open" : day.format(incident.closedAt()));
            out.println("   matched: " + String.join(" ", incident.matchedTerms()));
            KeyFigures figures = incident.figures();
            out.printf(Locale.ROOT, "   posts %s · peak %s per hour · first statement after %s h · complaints %s%n",
                    orDash(figures.posts()), orDash(figures.peakPostsPerHour()),
                    figures.hoursToFirstStatement() == null ? "-"
                            : String.format(Locale.ROOT, "%.1f", figures.hoursToFirstStatement()),
                    orDash(figures.complaints()));
            if (incident.rootCause() != null) {
                out.println("   root cause: " + incident.rootCause());
            }
            incident.lessons().forEach(lesson -> out.println("   lesson: " + lesson));
            for (ReviewRecord.ActionItem action : incident.actions()) {
                out.printf(Locale.ROOT, "   action: %s (%s, due %s, %s)%n", orDash(action.title()),
                        orDash(action.owner()), orDash(action.due()), orDash(action.status()));
            }
            if (incident.rootCause() == null && incident.actions().isEmpty()) {
                out.println("   (no review yet)");
            }
        }
        out.flush();
    }

    private static String orDash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
