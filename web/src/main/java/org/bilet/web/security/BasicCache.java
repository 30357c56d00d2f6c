package org.bilet.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bilet.people.ScreenSessions;
import org.bilet.platform.Settings;

/**
 * HTTP Basic credentials that passed the password check lately, so that a script calling with
 * Basic is not hashed with PBKDF2 on every request. An entry is found by an HMAC-SHA256 of username
 * and password under a key made at start and never stored (the password itself is kept nowhere);
 * it holds the {@link ScreenSessions.Stamp} of the check, which the caller asks {@code resume} about
 * at each use as a screen session does, so a new password, a deactivation or a revoked token
 * (a new credential generation) ends it at the next request, here or on another node. Roles are
 * the user's of the moment. Entries last a few minutes; only successes are kept.
 */
@ApplicationScoped
public class BasicCache {

    private static final String HMAC = "HmacSHA256";

    private record Entry(ScreenSessions.Stamp stamp, Instant expires) {
    }

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private SecretKeySpec key;
    private Duration lifetime;
    private int capacity;

    @PostConstruct
    void start() {
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, HMAC);
        lifetime = settings.basicCacheTime();
        capacity = settings.basicCacheSize();
    }

    /** The stamp of an earlier successful check of exactly this username and password, if still fresh. */
    public Optional<ScreenSessions.Stamp> find(String username, String password) {
        if (capacity == 0) {
            return Optional.empty();
        }
        var id = idOf(username, password);
        var entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.expires().isAfter(clock.instant())) {
            entries.remove(id, entry);
            return Optional.empty();
        }
        return Optional.of(entry.stamp());
    }

    public void remember(String username, String password, ScreenSessions.Stamp stamp) {
        if (capacity == 0 || lifetime.isZero()) {
            return;
        }
        var now = clock.instant();
        if (entries.size() >= capacity) {
            entries.values().removeIf(entry -> !entry.expires().isAfter(now));
            // Still full: make room by dropping any one; a dropped entry only costs one more hash.
            var iterator = entries.keySet().iterator();
            while (entries.size() >= capacity && iterator.hasNext()) {
                iterator.next();
                iterator.remove();
            }
        }
        entries.put(idOf(username, password), new Entry(stamp, now.plus(lifetime)));
    }

    /** Drops the entry of this username and password (it no longer stands). */
    public void forget(String username, String password) {
        entries.remove(idOf(username, password));
    }

    int size() {
        return entries.size();
    }

    private String idOf(String username, String password) {
        try {
            var mac = Mac.getInstance(HMAC);
            mac.init(key);
            // The username's length first, so that no other split of the same bytes finds this entry.
            var name = username.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
            mac.update(name);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
