package org.bilet.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.platform.NativeSql;

/**
 * Who has which ticket open, and who is typing on it, from the heartbeats their screens send
 * every few seconds. In the database ({@code ticket_presence}), not in a node's memory: agents
 * served by different nodes of a cluster see each other. One upsert and one indexed read per
 * heartbeat; stale rows of a ticket go with the next heartbeat on it.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketPresence {

    /** A screen that sent no heartbeat for this long has been closed. */
    public static final Duration GONE_AFTER = Duration.ofSeconds(15);

    public record Viewer(String username, String name, boolean typing) implements Serializable {
    }

    /** Its statements name it, so that Hibernate keeps its caches and pending changes (see {@link NativeSql}). */
    private static final String TABLE = "ticket_presence";

    private static final String HEARTBEAT = """
            insert into ticket_presence (ticket_number, username, name, typing, seen_at) values (?1, ?2, ?3, ?4, ?5)
            on duplicate key update name = ?3, typing = ?4, seen_at = ?5""";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public void heartbeat(String number, String username, String name, boolean typing) {
        var now = clock.instant();
        // Stale screens of the ticket go one by one, by their keys: a range delete would lock the
        // gaps in which other agents' first heartbeats on the ticket insert their rows.
        List<?> stale = NativeSql.over(em, "select username from ticket_presence where ticket_number = ?1 and seen_at < ?2", TABLE)
                .setParameter(1, number)
                .setParameter(2, now.minus(GONE_AFTER))
                .getResultList();
        for (var gone : stale) {
            NativeSql.over(em, "delete from ticket_presence where ticket_number = ?1 and username = ?2 and seen_at < ?3", TABLE)
                    .setParameter(1, number)
                    .setParameter(2, gone)
                    .setParameter(3, now.minus(GONE_AFTER))
                    .executeUpdate();
        }
        NativeSql.over(em, HEARTBEAT, TABLE)
                .setParameter(1, number)
                .setParameter(2, username)
                .setParameter(3, name)
                .setParameter(4, typing)
                .setParameter(5, now)
                .executeUpdate();
    }

    public void leave(String number, String username) {
        NativeSql.over(em, "delete from ticket_presence where ticket_number = ?1 and username = ?2", TABLE)
                .setParameter(1, number)
                .setParameter(2, username)
                .executeUpdate();
    }

    /** Everyone else looking at the ticket right now, by name. */
    public List<Viewer> othersOn(String number, String username) {
        List<?> rows = NativeSql.over(em, """
                        select username, name, typing from ticket_presence
                        where ticket_number = ?1 and username <> ?2 and seen_at >= ?3 order by name""", TABLE)
                .setParameter(1, number)
                .setParameter(2, username)
                .setParameter(3, clock.instant().minus(GONE_AFTER))
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new Viewer((String) row[0], (String) row[1], truth(row[2])))
                .toList();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
