package com.hindsight.web;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.hindsight.core.UserErrorException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The users who may log in, from a users file: one {@code name:bcrypt-hash} per line (the
 * format of {@code htpasswd -nB name}), blank lines and lines starting with {@code #} ignored.
 * {@code hindsight hash-password NAME} prints such a line. Only bcrypt hashes are accepted.
 */
public final class Users {
    /** The cost of hashes made by {@link #hashLine}: about a quarter of a second per check. */
    public static final int COST = 12;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private final Map<String, byte[]> hashes;
    /** Checked against when the name is unknown, so that a wrong name takes as long as a wrong password. */
    private final byte[] dummyHash;

    private Users(Map<String, byte[]> hashes) {
        this.hashes = Map.copyOf(hashes);
        int cost = hashes.values().stream().mapToInt(Users::costOf).max().orElse(COST);
        this.dummyHash = BCrypt.withDefaults().hash(cost, "not a password".toCharArray());
    }

    /** The cost of a hash: {@code $2a$12$...} is 12. */
    private static int costOf(byte[] hash) {
        return Integer.parseInt(new String(hash, 4, 2, StandardCharsets.US_ASCII));
    }

    /** Reads a users file; a bad line is a user error naming the file, the line and why. */
    public static Users read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserErrorException("cannot read the users file " + file + ": " + e);
        }
        Map<String, byte[]> hashes = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "users file " + file + ", line " + (i + 1) + ": ";
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new UserErrorException(where + "expected name:bcrypt-hash (make one with"
                        + " `hindsight hash-password NAME`)");
            }
            String name = line.substring(0, colon);
            String hash = line.substring(colon + 1);
            if (!NAME.matcher(name).matches()) {
                throw new UserErrorException(where + "the user name \"" + name + "\" must be 1 to 64"
                        + " letters, digits or . _ @ -");
            }
            if (!BCRYPT.matcher(hash).matches()) {
                throw new UserErrorException(where + "the hash of " + name + " is not a bcrypt hash"
                        + " ($2a$, $2b$ or $2y$, 60 characters)");
            }
            if (hashes.put(name, hash.getBytes(StandardCharsets.US_ASCII)) != null) {
                throw new UserErrorException(where + "user " + name + " is listed twice");
            }
        }
        if (hashes.isEmpty()) {
            throw new UserErrorException("users file " + file + " lists no user");
        }
        return new Users(hashes);
    }

    /** Whether the name and password are a user's; as slow for an unknown name as for a wrong password. */
    public boolean check(String name, String password) {
        if (name == null || password == null) {
            return false;
        }
        byte[] hash = hashes.get(name);
        boolean verified = BCrypt.verifyer().verify(password.toCharArray(),
                hash == null ? dummyHash : hash).verified;
        return hash != null && verified;
    }

    public int size() {
        return hashes.size();
    }

    /** A line of a users file for this name and password. */
    public static String hashLine(String name, char[] password) {
        return hashLine(name, password, COST);
    }

    static String hashLine(String name, char[] password, int cost) {
        if (!NAME.matcher(name).matches()) {
            throw new UserErrorException("the user name \"" + name + "\" must be 1 to 64 letters,"
                    + " digits or . _ @ -");
        }
        if (password.length < 8) {
            throw new UserErrorException("the password must have at least 8 characters");
        }
        return name + ":" + BCrypt.withDefaults().hashToString(cost, password);
    }
}
