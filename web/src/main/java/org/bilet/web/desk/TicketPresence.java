package org.bilet.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has which ticket open, and who is typing on it, from the heartbeats their screens send
 * every few seconds. Kept in memory: it is only ever a few seconds old, and it is per server.
 */
@ApplicationScoped
public class TicketPresence {

    /** A screen that sent no heartbeat for this long has been closed. */
    static final Duration GONE_AFTER = Duration.ofSeconds(15);

    public record Viewer(String username, String name, boolean typing, Instant seenAt) {
    }

    private final Map<String, Map<String, Viewer>> viewersByTicket = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public void heartbeat(String number, String username, String name, boolean typing) {
        viewersByTicket.computeIfAbsent(number, n -> new ConcurrentHashMap<>())
                .put(username, new Viewer(username, name, typing, clock.instant()));
    }

    public void leave(String number, String username) {
        viewersByTicket.computeIfPresent(number, (n, viewers) -> {
            viewers.remove(username);
            return viewers.isEmpty() ? null : viewers;
        });
    }

    /** Everyone else looking at the ticket right now, by name. */
    public List<Viewer> othersOn(String number, String username) {
        var viewers = viewersByTicket.get(number);
        if (viewers == null) {
            return List.of();
        }
        var cutoff = clock.instant().minus(GONE_AFTER);
        viewers.values().removeIf(v -> v.seenAt().isBefore(cutoff));
        return viewers.values().stream()
                .filter(v -> !v.username().equals(username))
                .sorted(Comparator.comparing(Viewer::name))
                .toList();
    }
}
