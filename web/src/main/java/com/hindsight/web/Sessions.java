package com.hindsight.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The logged-in sessions, in memory (a restart logs everyone out). A session id is 256 random
 * bits; it lives {@link #IDLE} after its last use and {@link #MAX_AGE} at most. Each session has
 * its own CSRF token for the forms that POST (log out).
 */
final class Sessions {
    static final Duration IDLE = Duration.ofHours(2);
    static final Duration MAX_AGE = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A logged-in user. */
    record Session(String id, String user, String csrfToken, Instant created, Instant lastUsed) {
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    Session create(String user) {
        Instant now = clock.instant();
        Session session = new Session(randomToken(), user, randomToken(), now, now);
        sessions.put(session.id(), session);
        prune(now);
        return session;
    }

    /** The live session of this id, its last use moved to now; null when unknown or expired. */
    Session find(String id) {
        if (id == null) {
            return null;
        }
        Session session = sessions.get(id);
        Instant now = clock.instant();
        if (session == null || expired(session, now)) {
            if (session != null) {
                sessions.remove(id);
            }
            return null;
        }
        Session used = new Session(session.id(), session.user(), session.csrfToken(), session.created(), now);
        sessions.put(id, used);
        return used;
    }

    void end(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** 256 random bits, URL-safe Base64. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Compares two tokens in time independent of where they differ; false when either is null. */
    static boolean sameToken(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean expired(Session session, Instant now) {
        return now.isAfter(session.lastUsed().plus(IDLE)) || now.isAfter(session.created().plus(MAX_AGE));
    }

    private void prune(Instant now) {
        sessions.values().removeIf(session -> expired(session, now));
    }
}
