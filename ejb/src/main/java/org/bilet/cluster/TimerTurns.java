package org.bilet.cluster;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Objects;
import org.bilet.platform.NativeSql;

/**
 * Turns of the timers' passes among the nodes of a cluster, kept in {@code timer_turn}. Every node
 * keeps its non-persistent timers; when one fires, {@link #take} lets the pass run on the first node
 * to ask in each period and refuses the others, and {@link #hold} keeps a long-running duty (the
 * mailboxes' IDLE listeners) on one node while it renews it. Times are the database's, so the nodes'
 * clocks may differ; a dead node's next turn goes to whoever asks next. No turn is ever owed: what a
 * pass has to do is in the tables, so a turn taken by a node that died during it only leaves its
 * work to the next turn, and the passes' own row claims keep two passes that overlap (a pass longer
 * than its period) from doing one thing twice.
 */
@Stateless
@PermitAll
public class TimerTurns {

    /** A turn lasts its period less this, at most, so that a timer firing a little early still gets the next. */
    static final Duration EARLY = Duration.ofSeconds(5);

    /** Its statements name it, so that Hibernate keeps its caches and pending changes (see {@link NativeSql}). */
    private static final String TABLE = "timer_turn";

    private static final String TAKE = """
            update timer_turn set holder = ?1, next_turn_at = timestampadd(microsecond, ?2, current_timestamp(6)),
                turns = turns + 1
            where duty = ?3 and next_turn_at <= current_timestamp(6)""";

    private static final String HOLD = """
            update timer_turn set holder = ?1, next_turn_at = timestampadd(microsecond, ?2, current_timestamp(6)),
                turns = turns + 1
            where duty = ?3 and (holder = ?1 or next_turn_at <= current_timestamp(6))""";

    private static final String FIRST = """
            insert ignore into timer_turn (duty, holder, next_turn_at, turns)
            values (?3, ?1, timestampadd(microsecond, ?2, current_timestamp(6)), 1)""";

    @Inject
    EntityManager em;

    /**
     * Whether this node runs this period's pass of a timer that fires every {@code period} on each
     * node. Its own transaction: the turn is taken, and seen by the others, before the pass starts.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String duty, Duration period) {
        var early = period.dividedBy(2).compareTo(EARLY) < 0 ? period.dividedBy(2) : EARLY;
        return claim(TAKE, duty, period.minus(early));
    }

    /**
     * Whether this node holds a duty that stays with one node (it renews the hold more often than
     * {@code lease}); a node that stops renewing loses it after {@code lease}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hold(String duty, Duration lease) {
        return claim(HOLD, duty, lease);
    }

    private boolean claim(String statement, String duty, Duration until) {
        Objects.requireNonNull(duty, "duty");
        long micros = until.toNanos() / 1_000;
        if (run(statement, duty, micros) == 1) {
            return true;
        }
        // A duty the migrations did not list (V35 lists each): its first turn inserts its row.
        return !exists(duty) && run(FIRST, duty, micros) == 1;
    }

    private boolean exists(String duty) {
        return !NativeSql.over(em, "select 1 from timer_turn where duty = ?1", TABLE).setParameter(1, duty).getResultList().isEmpty();
    }

    private int run(String statement, String duty, long micros) {
        return NativeSql.over(em, statement, TABLE)
                .setParameter(1, Node.name())
                .setParameter(2, micros)
                .setParameter(3, duty)
                .executeUpdate();
    }
}
