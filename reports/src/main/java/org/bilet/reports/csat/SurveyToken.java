package org.bilet.reports.csat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a survey link: 32 random bytes, base64url without padding (43 characters). Only
 * its SHA-256 (hex) is stored; the raw token exists in the mail and nowhere else. 256 random bits
 * are not guessed, so a plain hash (no salt, no slow hashing) is enough, and it lets the token be
 * found by an index.
 */
public final class SurveyToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final String raw;

    private SurveyToken(String raw) {
        this.raw = raw;
    }

    /** A new token, drawn from a {@link SecureRandom}. */
    public static SurveyToken issue() {
        var bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** What goes into the link. */
    public String raw() {
        return raw;
    }

    /** What is stored. */
    public String hash() {
        return sha256(raw);
    }

    /** The stored form of a token someone presents; empty when it cannot be a token at all (then nothing is looked up). */
    public static Optional<String> hashOf(String presented) {
        return presented != null && FORM.matcher(presented).matches() ? Optional.of(sha256(presented)) : Optional.empty();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Objects.requireNonNull(text).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Never the secret itself: a token may end up in a log line. */
    @Override
    public String toString() {
        return "SurveyToken[…]";
    }
}
