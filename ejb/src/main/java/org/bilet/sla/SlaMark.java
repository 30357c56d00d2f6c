package org.bilet.sla;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Duration;
import java.time.Instant;
import org.bilet.tickets.Ticket;

/** One move of a promise's clock, kept to explain the promise: what happened, when and why. */
@Entity
@NamedQuery(name = SlaMark.OF_TICKET, query = "select m from SlaMark m where m.ticket.id = :ticketId order by m.id")
public class SlaMark {

    public static final String OF_TICKET = "SlaMark.ofTicket";

    public enum Move { STARTED, PAUSED, RESUMED, STOPPED, REOPENED, RETARGETED, WARNED, BREACHED, DROPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_mark_seq")
    @SequenceGenerator(name = "sla_mark_seq", sequenceName = "sla_mark_seq", allocationSize = 50)
    private Long id;

    /** An association rather than an id, so that Hibernate writes the ticket before its marks. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    private Promise.Kind promise;

    @Enumerated(EnumType.STRING)
    private Move move;

    /** Why: the status moved to, "reply", "requester message", a policy key. */
    private String reason;

    private Instant occurredAt;

    @Convert(converter = DurationMillis.class)
    private Duration consumedMs;

    @Convert(converter = DurationMillis.class)
    private Duration targetMs;

    protected SlaMark() {
    }

    SlaMark(Promise.Kind promise, Move move, String reason, Instant occurredAt, Duration consumed, Duration target) {
        this.promise = promise;
        this.move = move;
        this.reason = reason;
        this.occurredAt = occurredAt;
        this.consumedMs = consumed;
        this.targetMs = target;
    }

    /** Marks are made before the ticket has its id; the ticket's repository tells them when saving. */
    SlaMark of(Ticket marked) {
        ticket = marked;
        return this;
    }

    public Promise.Kind promise() {
        return promise;
    }

    public Move move() {
        return move;
    }

    public String reason() {
        return reason;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Duration consumed() {
        return consumedMs;
    }

    public Duration target() {
        return targetMs;
    }
}
