package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import com.hindsight.core.warehouse.PublishedRun;
import com.hindsight.search.cases.CaseGroup;
import com.hindsight.search.cases.CaseKind;
import com.hindsight.search.cases.CaseResults;
import com.hindsight.search.cases.KeyFigures;
import com.hindsight.search.cases.ReviewRecord;
import com.hindsight.search.cases.SearchHit;
import com.hindsight.search.cases.SearchRequest;
import com.hindsight.search.cases.SimilarIncident;
import com.hindsight.search.cases.SimilarRequest;
import com.hindsight.search.cases.SimilarResults;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every route of the case room (docs/case-room.md lists them), and the rules every answer
 * follows: only GET and HEAD, except the login form's POST and the log-out POST, both with a
 * CSRF token; a login before anything but the login page and the style sheet when a users file
 * is given; the security headers of {@link SecurityHeaders} on every answer; errors as pages
 * (or JSON under {@code /api/}) that name the problem, never a stack trace.
 */
final class CaseRoomHandler extends Handler.Abstract {
    static final int CASES_PER_PAGE = 20;
    static final int SIMILAR_SHOWN = 5;
    static final int MAX_DESCRIPTION_CHARS = 5_000;
    static final String SESSION_COOKIE = "hs_session";
    static final String LOGIN_CSRF_COOKIE = "hs_login_csrf";
    static final String LANGUAGE_COOKIE = "hs_lang";
    private static final Logger LOG = LoggerFactory.getLogger(CaseRoomHandler.class);
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON = "application/json; charset=utf-8";

    private final CaseRoomSettings settings;
    private final PublishedRuns runs;
    private final Users users;
    private final Sessions sessions;
    private final Pages pages;
    private final SearchLimiter limiter;
    private final LoginThrottle throttle = new LoginThrottle(java.time.Clock.systemUTC());
    private final DateTimeFormatter day;
    private final DateTimeFormatter minute;

    CaseRoomHandler(CaseRoomSettings settings, PublishedRuns runs, Users users, Sessions sessions,
                    Pages pages, SearchLimiter limiter) {
        this.settings = settings;
        this.runs = runs;
        this.users = users;
        this.sessions = sessions;
        this.pages = pages;
        this.limiter = limiter;
        this.day = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(settings.zone());
        this.minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(settings.zone());
    }

    /** One request being answered. */
    private final class Visit {
        final Request request;
        final Response response;
        final Callback callback;
        final String path;
        final Fields query;
        final Messages text;
        final Sessions.Session session;

        Visit(Request request, Response response, Callback callback, String path, Fields query,
              Messages text, Sessions.Session session) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.path = path;
            this.query = query;
            this.text = text;
            this.session = session;
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    /** An answer with a status and a message the visitor reads. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String heading;

        Refusal(int status, String heading, String message) {
            super(message);
            this.status = status;
            this.heading = heading;
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        SecurityHeaders.apply(response);
        String path = Request.getPathInContext(request);
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        Messages text = Messages.of(language(request, query, response));
        Sessions.Session session = sessions.find(cookie(request, SESSION_COOKIE));
        Visit visit = new Visit(request, response, callback, path, query, text, session);
        try {
            route(visit);
        } catch (Refusal refusal) {
            refuse(visit, refusal.status, refusal.heading, refusal.getMessage());
        } catch (SearchForm.TooLongException e) {
            refuse(visit, HttpStatus.BAD_REQUEST_400, text.get("error.bad_request"),
                    text.format("error.too_long", e.maxChars()));
        } catch (UserErrorException e) {
            refuse(visit, HttpStatus.BAD_REQUEST_400, text.get("error.bad_request"), e.getMessage());
        } catch (SearchLimiter.Busy e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            refuse(visit, HttpStatus.SERVICE_UNAVAILABLE_503, text.get("error.bad_request"), text.get("error.busy"));
        } catch (SearchLimiter.TimedOut e) {
            refuse(visit, HttpStatus.SERVICE_UNAVAILABLE_503, text.get("error.bad_request"),
                    text.format("error.timeout", limiter.allowed().toSeconds()));
        } catch (RuntimeException e) {
            LOG.error("case room: {} {} failed", request.getMethod(), path, e);
            refuse(visit, HttpStatus.INTERNAL_SERVER_ERROR_500, text.get("error.bad_request"), text.get("error.internal"));
        }
        return true;
    }

    private void route(Visit visit) {
        String method = visit.request.getMethod();
        boolean read = HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method);
        if (HttpMethod.POST.is(method) && visit.path.equals("/login") && users != null) {
            login(visit);
            return;
        }
        if (HttpMethod.POST.is(method) && visit.path.equals("/logout") && users != null) {
            logout(visit);
            return;
        }
        if (!read) {
            visit.response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            throw new Refusal(HttpStatus.METHOD_NOT_ALLOWED_405, visit.text.get("error.bad_request"),
                    visit.text.get("error.method"));
        }
        if (visit.path.equals("/static/case-room.css")) {
            staticFile(visit, "static/case-room.css", "text/css; charset=utf-8");
            return;
        }
        if (visit.path.equals("/login") && users != null) {
            loginPage(visit, null, HttpStatus.OK_200);
            return;
        }
        if (users == null && forwarded(visit.request)) {
            // a reverse proxy makes every visitor look local: without users, refuse them all
            LOG.warn("case room: refused a request forwarded by a proxy; give --users to serve through one");
            throw new Refusal(HttpStatus.FORBIDDEN_403, visit.text.get("error.bad_request"),
                    visit.text.get("error.proxied"));
        }
        if (users != null && visit.session == null) {
            if (visit.api()) {
                throw new Refusal(HttpStatus.UNAUTHORIZED_401, "login required", "log in first");
            }
            redirect(visit, Links.withQuery("/login", List.of(Map.entry("next", localTarget(visit)))));
            return;
        }
        switch (visit.path) {
            case "/" -> searchPage(visit);
            case "/similar" -> similarPage(visit);
            case "/api/search" -> apiSearch(visit);
            case "/api/similar" -> apiSimilar(visit);
            default -> {
                if (visit.path.startsWith("/cases/")) {
                    casePage(visit, visit.path.substring("/cases/".length()));
                } else if (visit.path.startsWith("/files/")) {
                    reportFile(visit, visit.path.substring("/files/".length()));
                } else {
                    throw notFound(visit, visit.text.get("error.not_found_text"));
                }
            }
        }
    }

    /* ---- pages ---- */

    private void searchPage(Visit visit) {
        SearchForm form = SearchForm.of(visit.query);
        Map<String, Object> model = model(visit, visit.text.get("nav.search"));
        formModel(model, form, visit.text);
        if (form.hasQuery()) {
            try {
                CaseResults found = limiter.run(() -> finder().search(
                        form.request(settings.zone(), CASES_PER_PAGE))).results();
                model.put("searched", Boolean.TRUE);
                resultsModel(model, visit, found);
            } catch (UserErrorException e) {
                if (e instanceof SearchForm.TooLongException) {
                    throw e;
                }
                visit.response.setStatus(HttpStatus.BAD_REQUEST_400);
                model.put("error", e.getMessage());
            }
        }
        html(visit, pages.render("search", model));
    }

    private void similarPage(Visit visit) {
        String description = SearchForm.value(visit.query, "text", MAX_DESCRIPTION_CHARS);
        Map<String, Object> model = model(visit, visit.text.get("similar.title"));
        formModel(model, SearchForm.of(new Fields()), visit.text);
        if (description != null) {
            model.put("description", description);
            SimilarResults similar = limiter.run(() -> finder().similar(description, SIMILAR_SHOWN)).results();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("has_terms", !similar.terms().isEmpty());
            answer.put("terms", String.join(" · ", similar.terms()));
            answer.put("incidents", similar.incidents().stream().map(incident -> similarModel(visit, incident)).toList());
            model.put("similar", answer);
        }
        html(visit, pages.render("search", model));
    }

    private void casePage(Visit visit, String incidentId) {
        if (!CaseDetails.INCIDENT_ID.matcher(incidentId).matches()) {
            throw notFound(visit, visit.text.format("error.no_incident", incidentId));
        }
        CaseFinder finder = finder();
        Optional<CaseDetails> details = runs.metricsFolder()
                .flatMap(folder -> CaseDetails.read(folder, incidentId, visit.text));
        Optional<CaseGroup> indexed = limiter.run(() -> finder.incident(incidentId));
        if (details.isEmpty() && indexed.isEmpty()) {
            throw notFound(visit, visit.text.format("error.no_incident", incidentId));
        }
        Map<String, Object> model = model(visit, incidentId);
        indexed.map(CaseGroup::summary).filter(summary -> !summary.isBlank())
                .ifPresent(summary -> model.put("summary", summary));
        model.put("has_metrics", details.isPresent());
        details.ifPresent(found -> {
            model.put("incident", found.incident());
            model.put("title", found.incident().get("title"));
            model.put("figures", found.figures());
            model.put("timeline", found.timeline());
            model.put("playbook", found.playbook());
            model.put("review", found.review());
        });
        if (details.isEmpty()) {
            CaseGroup group = indexed.orElseThrow();
            Map<String, Object> incident = new HashMap<>();
            incident.put("id", incidentId);
            incident.put("title", group.title() == null ? incidentId : group.title());
            incident.put("bank", orDash(group.bank()));
            incident.put("category", orDash(visit.text.value("category", group.category())));
            incident.put("opened", group.openedAt() == null ? "–" : minute.format(group.openedAt()));
            incident.put("closed", group.closedAt() == null ? visit.text.get("case.still_open") : minute.format(group.closedAt()));
            model.put("incident", incident);
            model.put("title", incident.get("title"));
        }
        List<Map<String, Object>> charts = new ArrayList<>();
        runs.reportRun().ifPresent(run -> {
            Path folder = run.localPath("");
            for (String chart : ReportFiles.charts(folder, visit.text.language().code(), incidentId)) {
                String name = chart.substring(chart.lastIndexOf('/') + 1, chart.length() - ".png".length());
                String key = "chart." + name;
                String caption = visit.text.forTemplates().containsKey(key.replace('.', '_'))
                        ? visit.text.get(key) : name;
                charts.add(Map.of("url", Links.fileUrl(chart), "caption", caption));
            }
            ReportFiles.workbook(folder, visit.text.language().code(), incidentId).ifPresent(workbook ->
                    model.put("workbook_url", Links.fileUrl(workbook)));
        });
        model.put("charts", charts);
        List<Map<String, Object>> similar = new ArrayList<>();
        limiter.run(() -> finder.similarTo(incidentId, SIMILAR_SHOWN)).ifPresent(like ->
                like.incidents().forEach(incident -> similar.add(similarModel(visit, incident))));
        model.put("similar", similar);
        html(visit, pages.render("case", model));
    }

    private void loginPage(Visit visit, String error, int status) {
        String token = Sessions.randomToken();
        Response.addCookie(visit.response, cookie(visit, LOGIN_CSRF_COOKIE, token, "/login", -1));
        Map<String, Object> model = model(visit, visit.text.get("login.title"));
        model.put("csrf_login", token);
        model.put("next", safeNext(visit.query.getValue("next")));
        if (error != null) {
            model.put("error", error);
        }
        visit.response.setStatus(status);
        html(visit, pages.render("login", model));
    }

    /* ---- API ---- */

    private void apiSearch(Visit visit) {
        SearchForm form = SearchForm.of(visit.query);
        if (!form.hasQuery()) {
            throw new UserErrorException("give a query: /api/search?q=...");
        }
        int limit = limit(visit.query, SearchRequest.DEFAULT_LIMIT, SearchRequest.MAX_LIMIT);
        CaseFinder.Found found = limiter.run(() -> finder().search(form.request(settings.zone(), limit)));
        json(visit, HttpStatus.OK_200, found.json());
    }

    private void apiSimilar(Visit visit) {
        String description = SearchForm.value(visit.query, "text", MAX_DESCRIPTION_CHARS);
        if (description == null) {
            throw new UserErrorException("give a description: /api/similar?text=...");
        }
        int limit = limit(visit.query, SimilarRequest.DEFAULT_LIMIT, SimilarRequest.MAX_LIMIT);
        json(visit, HttpStatus.OK_200, limiter.run(() -> finder().similar(description, limit)).json());
    }

    /* ---- files ---- */

    private void reportFile(Visit visit, String relative) {
        PublishedRun run = runs.reportRun().orElseThrow(() -> notFound(visit, visit.text.get("error.not_found_text")));
        ReportFiles.Served served = ReportFiles.resolve(run.localPath(""), relative)
                .orElseThrow(() -> notFound(visit, visit.text.get("error.not_found_text")));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(served.file());
        } catch (IOException e) {
            throw notFound(visit, visit.text.get("error.not_found_text"));
        }
        visit.response.setStatus(HttpStatus.OK_200);
        visit.response.getHeaders().put(HttpHeader.CONTENT_TYPE, served.contentType());
        String name = served.file().getFileName().toString();
        visit.response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
                (name.endsWith(".png") ? "inline" : "attachment") + "; filename=\"" + name + "\"");
        write(visit, bytes);
    }

    private void staticFile(Visit visit, String resource, String contentType) {
        try (InputStream in = CaseRoomHandler.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the jar");
            }
            visit.response.setStatus(HttpStatus.OK_200);
            visit.response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            write(visit, in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /* ---- login ---- */

    private void login(Visit visit) {
        Fields form = FormFields.getFields(visit.request);
        if (!sameOrigin(visit) || !Sessions.sameToken(form.getValue("csrf"), cookie(visit.request, LOGIN_CSRF_COOKIE))) {
            loginPage(visit, visit.text.get("login.expired"), HttpStatus.FORBIDDEN_403);
            return;
        }
        String user = form.getValue("user");
        String address = Request.getRemoteAddr(visit.request);
        if (!throttle.allows(address)) {
            LOG.warn("case room: login from {} refused: {} failures within {} min", address,
                    LoginThrottle.MAX_FAILURES, LoginThrottle.WINDOW.toMinutes());
            loginPage(visit, visit.text.get("login.throttled"), HttpStatus.TOO_MANY_REQUESTS_429);
            return;
        }
        if (!users.check(user, form.getValue("password"))) {
            throttle.failed(address);
            LOG.warn("case room: failed login for user \"{}\" from {}", user, address);
            loginPage(visit, visit.text.get("login.failed"), HttpStatus.UNAUTHORIZED_401);
            return;
        }
        throttle.succeeded(address);
        sessions.end(cookie(visit.request, SESSION_COOKIE));
        Sessions.Session session = sessions.create(user);
        LOG.info("case room: {} logged in from {}", user, Request.getRemoteAddr(visit.request));
        Response.addCookie(visit.response, cookie(visit, SESSION_COOKIE, session.id(), "/",
                Sessions.MAX_AGE.toSeconds()));
        Response.addCookie(visit.response, cookie(visit, LOGIN_CSRF_COOKIE, "", "/login", 0));
        redirect(visit, safeNext(form.getValue("next")));
    }

    private void logout(Visit visit) {
        Fields form = FormFields.getFields(visit.request);
        if (visit.session != null && sameOrigin(visit)
                && Sessions.sameToken(form.getValue("csrf"), visit.session.csrfToken())) {
            sessions.end(visit.session.id());
            Response.addCookie(visit.response, cookie(visit, SESSION_COOKIE, "", "/", 0));
        }
        redirect(visit, "/login");
    }

    /** A browser's Origin (or Referer) names this server; requests without either pass (not a browser form). */
    private static boolean sameOrigin(Visit visit) {
        String origin = visit.request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            String referer = visit.request.getHeaders().get(HttpHeader.REFERER);
            if (referer == null) {
                return true;
            }
            origin = referer;
        }
        String host = visit.request.getHeaders().get(HttpHeader.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host)
                || origin.startsWith("http://" + host + "/") || origin.startsWith("https://" + host + "/"));
    }

    /* ---- models ---- */

    private Map<String, Object> model(Visit visit, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("t", visit.text.forTemplates());
        model.put("lang", visit.text.language().code());
        model.put("title", title);
        UiLanguage other = visit.text.language() == UiLanguage.ZH ? UiLanguage.EN : UiLanguage.ZH;
        model.put("other_language_url", Links.replacing(visit.path, visit.query, "lang", other.code()));
        model.put("max_query", SearchForm.MAX_QUERY_CHARS);
        model.put("max_description", MAX_DESCRIPTION_CHARS);
        if (visit.session != null) {
            model.put("user", visit.session.user());
            model.put("csrf", visit.session.csrfToken());
        }
        if (users == null || visit.session != null) {
            runs.reportRun().flatMap(run -> ReportFiles.portfolio(run.localPath(""), visit.text.language().code()))
                    .ifPresent(portfolio -> model.put("portfolio_url", Links.fileUrl(portfolio)));
            model.put("footer", visit.text.format("footer.runs", runId(() -> runs.index().runId()),
                    runId(() -> runs.analyzeRunId().orElse("–")),
                    runId(() -> runs.reportRun().map(PublishedRun::runId).orElse("–"))));
        }
        return model;
    }

    private static String runId(java.util.function.Supplier<String> id) {
        try {
            return id.get();
        } catch (UserErrorException none) {
            return "–";
        }
    }

    private void formModel(Map<String, Object> model, SearchForm form, Messages text) {
        model.put("form", form);
        model.put("form_has_filters", form.hasFilters());
        model.put("clear_filters_url", Links.withQuery("/", List.of(Map.entry("q", form.query() == null ? "" : form.query()))));
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            kinds.add(Map.of("value", kind.key(), "label", text.value("kind", kind.key()),
                    "selected", form.kinds().contains(kind.key())));
        }
        model.put("kind_options", kinds);
    }

    private void resultsModel(Map<String, Object> model, Visit visit, CaseResults found) {
        Messages text = visit.text;
        model.put("total_line", text.format("search.results", String.format(Locale.ROOT, "%,d", found.totalHits()),
                String.format(Locale.ROOT, "%,d", found.totalCases())));
        if (found.didYouMean() != null) {
            model.put("did_you_mean", Map.of("text", found.didYouMean(),
                    "url", Links.replacing("/", visit.query, "q", found.didYouMean())));
        }
        model.put("warnings", found.warnings());
        List<Map<String, Object>> cases = new ArrayList<>();
        for (CaseGroup group : found.cases()) {
            Map<String, Object> entry = new HashMap<>();
            entry.put("incident_id", group.incidentId());
            entry.put("url", Links.caseUrl(group.incidentId()));
            entry.put("title", group.title() == null ? group.incidentId() : group.title());
            entry.put("bank", orDash(group.bank()));
            entry.put("category", orDash(text.value("category", group.category())));
            entry.put("dates", dates(group.openedAt(), group.closedAt()));
            entry.put("counts", String.format(Locale.ROOT, "%,d %s · %,d %s · %,d %s", group.matchingDocuments(),
                    text.get("search.documents"), group.matchingPosts(), text.get("search.posts"),
                    group.matchingComplaints(), text.get("search.complaints")));
            entry.put("incident_matched", group.incidentMatched());
            entry.put("review_matched", group.reviewMatched());
            entry.put("hits", group.hits().stream().map(hit -> hitModel(text, hit)).toList());
            entry.put("root_cause", group.rootCause());
            entry.put("has_lessons", !group.lessons().isEmpty());
            entry.put("lessons", group.lessons());
            cases.add(entry);
        }
        model.put("cases", cases);
        if (found.unlinkedHits() > 0) {
            model.put("unlinked_line", text.format("search.unlinked", String.format(Locale.ROOT, "%,d", found.unlinkedHits())));
        }
        List<Map<String, Object>> facets = new ArrayList<>();
        found.facets().forEach((dimension, counts) -> {
            String parameter = dimension.equals("incident_id") ? "incident" : dimension;
            String vocabulary = dimension.equals("incident_id") || dimension.equals("bank") ? null : dimension;
            List<Map<String, Object>> values = new ArrayList<>();
            counts.entrySet().stream().limit(10).forEach(value -> values.add(Map.of(
                    "label", vocabulary == null ? value.getKey() : text.value(vocabulary, value.getKey()),
                    "count", String.format(Locale.ROOT, "%,d", value.getValue()),
                    "url", Links.replacing("/", visit.query, parameter, value.getKey()))));
            facets.add(Map.of("name", text.get("search." + parameter), "values", values));
        });
        model.put("facets", facets);
    }

    private Map<String, Object> hitModel(Messages text, SearchHit hit) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("kind", text.value("kind", hit.kind().key()));
        entry.put("pieces", Highlight.pieces(hit.snippet()));
        return entry;
    }

    private Map<String, Object> similarModel(Visit visit, SimilarIncident incident) {
        Messages text = visit.text;
        Map<String, Object> entry = new HashMap<>();
        entry.put("incident_id", incident.incidentId());
        entry.put("url", Links.caseUrl(incident.incidentId()));
        entry.put("title", incident.title() == null ? incident.incidentId() : incident.title());
        entry.put("bank", orDash(incident.bank()));
        entry.put("category", orDash(text.value("category", incident.category())));
        entry.put("opened", incident.openedAt() == null ? "–" : day.format(incident.openedAt()));
        entry.put("score", String.format(Locale.ROOT, "%.2f", incident.score()));
        entry.put("matched", String.join(" · ", incident.matchedTerms()));
        KeyFigures figures = incident.figures();
        List<String> shown = new ArrayList<>();
        if (figures.posts() != null) {
            shown.add(text.get("case.posts") + " " + String.format(Locale.ROOT, "%,d", figures.posts()));
        }
        if (figures.peakPostsPerHour() != null) {
            shown.add(text.get("case.peak") + " " + String.format(Locale.ROOT, "%,d", figures.peakPostsPerHour()));
        }
        if (figures.hoursToFirstStatement() != null) {
            shown.add(text.get("case.first_statement") + " " + String.format(Locale.ROOT, "%.1f", figures.hoursToFirstStatement()));
        }
        if (figures.complaints() != null) {
            shown.add(text.get("case.complaints") + " " + String.format(Locale.ROOT, "%,d", figures.complaints()));
        }
        entry.put("figures", String.join(" · ", shown));
        entry.put("root_cause", incident.rootCause());
        entry.put("has_lessons", !incident.lessons().isEmpty());
        entry.put("lessons", incident.lessons());
        List<Map<String, Object>> actions = new ArrayList<>();
        for (ReviewRecord.ActionItem action : incident.actions()) {
            Map<String, Object> item = new HashMap<>();
            item.put("title", action.title());
            item.put("owner", orDash(action.owner()));
            item.put("due", action.due() == null ? "–" : action.due().toString());
            item.put("status", orDash(text.value("action_status", action.status())));
            actions.add(item);
        }
        entry.put("has_actions", !actions.isEmpty());
        entry.put("actions", actions);
        return entry;
    }

    private String dates(Instant opened, Instant closed) {
        if (opened == null) {
            return "–";
        }
        return day.format(opened) + " – " + (closed == null ? "" : day.format(closed));
    }

    private CaseFinder finder() {
        return new IndexCaseFinder(runs.index(), runs.warehouse());
    }

    /** The {@code limit} parameter of the API, as the command line's {@code --limit}. */
    private static int limit(Fields query, int defaultLimit, int maxLimit) {
        String text = query.getValue("limit");
        if (text == null || text.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new UserErrorException("limit must be a number from 1 to " + maxLimit + ": " + text);
    }

    /* ---- answers ---- */

    private Refusal notFound(Visit visit, String message) {
        return new Refusal(HttpStatus.NOT_FOUND_404, visit.text.get("error.not_found"), message);
    }

    private void refuse(Visit visit, int status, String heading, String message) {
        if (visit.response.isCommitted()) {
            visit.callback.failed(new IllegalStateException(message));
            return;
        }
        visit.response.setStatus(status);
        if (visit.api()) {
            json(visit, status, "{\"error\": " + jsonString(message) + "}");
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("t", visit.text.forTemplates());
        model.put("lang", visit.text.language().code());
        model.put("title", heading);
        model.put("heading", heading);
        model.put("message", message);
        model.put("other_language_url", Links.replacing(visit.path, visit.query, "lang",
                visit.text.language() == UiLanguage.ZH ? "en" : "zh"));
        html(visit, pages.render("error", model));
    }

    private void redirect(Visit visit, String location) {
        visit.response.setStatus(HttpStatus.SEE_OTHER_303);
        visit.response.getHeaders().put(HttpHeader.LOCATION, location);
        write(visit, new byte[0]);
    }

    private void html(Visit visit, String page) {
        visit.response.getHeaders().put(HttpHeader.CONTENT_TYPE, HTML);
        write(visit, page.getBytes(StandardCharsets.UTF_8));
    }

    private void json(Visit visit, int status, String json) {
        visit.response.setStatus(status);
        visit.response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        write(visit, json.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Visit visit, byte[] bytes) {
        visit.response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        if (HttpMethod.HEAD.is(visit.request.getMethod())) {
            visit.response.write(true, null, visit.callback);
        } else {
            visit.response.write(true, ByteBuffer.wrap(bytes), visit.callback);
        }
    }

    /* ---- helpers ---- */

    private UiLanguage language(Request request, Fields query, Response response) {
        UiLanguage asked = UiLanguage.orNull(query.getValue("lang"));
        if (asked != null) {
            Response.addCookie(response, HttpCookie.build(LANGUAGE_COOKIE, asked.code()).path("/")
                    .httpOnly(true).sameSite(HttpCookie.SameSite.LAX).maxAge(365L * 24 * 3600).build());
            return asked;
        }
        UiLanguage remembered = UiLanguage.orNull(cookie(request, LANGUAGE_COOKIE));
        return remembered == null ? settings.language() : remembered;
    }

    /** Whether a proxy forwarded the request (it names the original client). */
    static boolean forwarded(Request request) {
        return request.getHeaders().contains(HttpHeader.X_FORWARDED_FOR)
                || request.getHeaders().contains(HttpHeader.FORWARDED);
    }

    private static String cookie(Request request, String name) {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** A session or form cookie: HttpOnly, SameSite=Strict, Secure when the request came over TLS. */
    private static HttpCookie cookie(Visit visit, String name, String value, String path, long maxAgeSeconds) {
        return HttpCookie.build(name, value).path(path).httpOnly(true)
                .sameSite(HttpCookie.SameSite.STRICT).secure(visit.request.isSecure())
                .maxAge(maxAgeSeconds).build();
    }

    /** Where to go after logging in: a local path only (no scheme, no {@code //host}), else {@code /}. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.length() > 2_000 || next.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return next;
    }

    private static String localTarget(Visit visit) {
        String raw = visit.request.getHttpURI().getQuery();
        return raw == null ? visit.path : visit.path + "?" + raw;
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private static String jsonString(String value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ZoneId zone() {
        return settings.zone();
    }
}
