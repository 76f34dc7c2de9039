package com.hindsight.web;

import com.hindsight.core.UserErrorException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a case room runs.
 *
 * @param warehouse the local warehouse folder whose published runs it shows
 * @param bind      the address to listen on; loopback unless {@code users} is given
 * @param port      the port; 0 picks a free one (tests)
 * @param users     the users file (name and bcrypt hash per line); null = no login, loopback only
 * @param language  the pages' default language (a visitor may switch)
 * @param zone      the zone times are shown in
 * @param indexFolder the local folder whose published index run it searches: the warehouse, or
 *                  an index folder of its own ({@code --index-dir})
 */
public record CaseRoomSettings(Path warehouse, String bind, int port, Path users, UiLanguage language,
                               ZoneId zone, Path indexFolder) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /** A case room whose index is kept inside the warehouse. */
    public CaseRoomSettings(Path warehouse, String bind, int port, Path users, UiLanguage language,
                            ZoneId zone) {
        this(warehouse, bind, port, users, language, zone, warehouse);
    }

    public CaseRoomSettings {
        Objects.requireNonNull(warehouse, "warehouse is null");
        Objects.requireNonNull(indexFolder, "indexFolder is null");
        Objects.requireNonNull(bind, "bind is null");
        Objects.requireNonNull(language, "language is null");
        Objects.requireNonNull(zone, "zone is null");
        if (port < 0 || port > 65_535) {
            throw new UserErrorException("--port must be between 1 and 65535: " + port);
        }
        if (users == null && !isLoopback(bind)) {
            throw new UserErrorException("--bind " + bind + " lets other machines reach the case"
                    + " room: give --users FILE so that everyone logs in (docs/case-room.md,"
                    + " \"Users\"); without it, the case room listens on loopback only");
        }
    }

    /** Whether the address only reaches this machine (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UserErrorException("--bind " + bind + " is not an address of this machine: "
                    + e.getMessage());
        }
    }

    /** Whether visitors must log in: whenever a users file is given. */
    public boolean loginRequired() {
        return users != null;
    }
}
