package org.bilet.tickets;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.bilet.sla.SlaState;

/** One row of a ticket list; {@code answeredAt}: when staff last wrote in public. */
public record TicketSummary(
        String number,
        String subject,
        TicketStatus status,
        String priority,
        String category,
        Set<String> tags,
        Channel channel,
        PersonRef requester,
        String team,
        PersonRef assignee,
        boolean answered,
        Instant createdAt,
        Instant updatedAt,
        Instant dueAt,
        SlaState slaState,
        long version,
        Instant answeredAt) implements Serializable {

    /** Whether the requester wrote last on a ticket still being worked, and so awaits an answer. */
    public boolean awaitsAnswer() {
        return !answered && status != TicketStatus.NEW && !status.isDone();
    }

    static TicketSummary of(Ticket t) {
        return new TicketSummary(t.number().value(), t.subject(), t.status(), t.priority().code(),
                t.category() == null ? null : t.category().key(), t.tags(), t.channel(),
                PersonRef.of(t.requester()), t.team() == null ? null : t.team().key(), PersonRef.of(t.assignee()),
                t.answered(), t.createdAt(), t.updatedAt(), t.dueAt(), t.sla().state(), t.version(), t.answeredAt());
    }
}
