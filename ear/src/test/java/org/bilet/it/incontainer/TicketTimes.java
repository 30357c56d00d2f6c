package org.bilet.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Makes a ticket older than it is. The services stamp the server's clock and no service moves a
 * ticket back in time, yet the overdue and "recently updated" queues are about the past; so a
 * test opens a ticket through the services and then shifts its times here, as if it had been
 * opened that long ago and left alone since.
 */
@Stateless
@PermitAll
public class TicketTimes {

    @Inject
    EntityManager em;

    /** Moves the ticket's creation, last update and due date back by the same amount. */
    public void shiftBack(String number, Duration by) {
        long micros = by.truncatedTo(ChronoUnit.MICROS).toNanos() / 1_000;
        int updated = em.createNativeQuery("""
                        update ticket set created_at = created_at - interval :micros microsecond,
                                          updated_at = updated_at - interval :micros microsecond,
                                          due_at = due_at - interval :micros microsecond
                        where number = :number""")
                .setParameter("micros", micros)
                .setParameter("number", number)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalArgumentException("No ticket " + number);
        }
    }

    /** Makes the ticket one of those opened before SLA policies existed: no promises, due at {@code dueAt}. */
    public void asBeforeSla(String number, Instant dueAt) {
        int updated = em.createNativeQuery("""
                        update ticket set sla_policy_id = null, sla_state = null, sla_alert_at = null, auto_close_at = null,
                               first_response_target_ms = null, first_response_phase = null, first_response_since = null,
                               first_response_consumed_ms = null, first_response_late = null, first_response_due_at = null,
                               first_response_warn_at = null, first_response_alerted = null,
                               next_response_target_ms = null, next_response_phase = null, next_response_since = null,
                               next_response_consumed_ms = null, next_response_late = null, next_response_due_at = null,
                               next_response_warn_at = null, next_response_alerted = null,
                               resolution_target_ms = null, resolution_phase = null, resolution_since = null,
                               resolution_consumed_ms = null, resolution_late = null, resolution_due_at = null,
                               resolution_warn_at = null, resolution_alerted = null,
                               due_at = :dueAt
                        where number = :number""")
                .setParameter("dueAt", dueAt)
                .setParameter("number", number)
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalArgumentException("No ticket " + number);
        }
        // The reports' copy, as their migration wrote it for tickets of that time.
        em.createNativeQuery("""
                        update ticket_fact f join ticket t on t.id = f.ticket_id
                        set f.first_response_phase = null, f.first_response_target_ms = null, f.first_response_consumed_ms = null,
                            f.first_response_late = null, f.resolution_phase = null, f.resolution_target_ms = null,
                            f.resolution_consumed_ms = null, f.resolution_late = null
                        where t.number = :number""")
                .setParameter("number", number)
                .executeUpdate();
    }
}
