package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.net.BindException;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The case room's web server: Jetty 12 with one handler ({@link CaseRoomHandler}), on the
 * address and port of the settings.
 * <pre>{@code
 * try (CaseRoom room = CaseRoom.start(settings)) {
 *     System.out.println(room.url());
 *     room.join();
 * }
 * }</pre>
 */
public final class CaseRoom implements AutoCloseable {
    /** Searches running at once; more wait in a queue of {@value #SEARCH_QUEUE}, then are refused. */
    static final int SEARCH_THREADS = 4;
    static final int SEARCH_QUEUE = 16;
    /** A search running longer is stopped and answered with 503. */
    public static final Duration SEARCH_TIME_ALLOWED = Duration.ofSeconds(10);

    private final Server server;
    private final ServerConnector connector;
    private final PublishedRuns runs;
    private final SearchLimiter limiter;
    private final CaseRoomSettings settings;

    private CaseRoom(CaseRoomSettings settings, Server server, ServerConnector connector,
                     PublishedRuns runs, SearchLimiter limiter) {
        this.settings = settings;
        this.server = server;
        this.connector = connector;
        this.runs = runs;
        this.limiter = limiter;
    }

    /**
     * Checks the settings (a users file for a non-loopback address, a published index), then
     * starts listening.
     *
     * @throws UserErrorException for a bad users file, no published index, or a port in use
     */
    public static CaseRoom start(CaseRoomSettings settings) {
        return start(settings, SEARCH_TIME_ALLOWED);
    }

    static CaseRoom start(CaseRoomSettings settings, Duration searchTimeAllowed) {
        Users users = settings.users() == null ? null : Users.read(settings.users());
        PublishedRuns runs = new PublishedRuns(settings.warehouse(), settings.indexFolder());
        SearchLimiter limiter = new SearchLimiter(SEARCH_THREADS, SEARCH_QUEUE, searchTimeAllowed);
        try {
            runs.requireIndex();
            QueuedThreadPool threads = new QueuedThreadPool(64, 4);
            threads.setName("case-room");
            Server server = new Server(threads);
            HttpConfiguration http = new HttpConfiguration();
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
            // a pasted description travels in the query string of a GET
            http.setRequestHeaderSize(64 * 1024);
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(settings.bind());
            connector.setPort(settings.port());
            server.addConnector(connector);
            server.setHandler(new CaseRoomHandler(settings, runs, users, new Sessions(Clock.systemUTC()),
                    new Pages(), limiter));
            server.setErrorHandler(new PlainErrors());
            try {
                server.start();
            } catch (IOException e) {
                server.stop();
                if (e instanceof BindException || e.getCause() instanceof BindException) {
                    throw new UserErrorException("cannot listen on " + settings.bind() + ":"
                            + settings.port() + " (" + e.getMessage() + "); is another program using"
                            + " the port? choose another with --port");
                }
                throw e;
            }
            return new CaseRoom(settings, server, connector, runs, limiter);
        } catch (UserErrorException e) {
            runs.close();
            limiter.close();
            throw e;
        } catch (Exception e) {
            runs.close();
            limiter.close();
            throw new IllegalStateException("cannot start the case room", e);
        }
    }

    /** The port listened on (the one chosen when the settings said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return "http://" + host + ":" + port() + "/";
    }

    /** Waits until the server stops (Ctrl-C). */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the case room", e);
        } finally {
            limiter.close();
            runs.close();
        }
    }

    /** Jetty's own refusals (a malformed or ambiguous URI, a header too large): short, no stack trace. */
    private static final class PlainErrors extends ErrorHandler {
        PlainErrors() {
            setShowStacks(false);
            setShowMessageInTitle(false);
            setShowOrigin(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            SecurityHeaders.apply(response);
            return super.handle(request, response, callback);
        }
    }
}
