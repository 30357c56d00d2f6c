package org.bilet.tickets.events;

import java.time.Instant;
import org.bilet.tickets.TicketField;

/**
 * A field other than the status took a new value; values as history writes them (null: none).
 * Priority, category, team, assignee, tags, due date, snooze, resolution and custom fields.
 */
public record FieldChanged(TicketRef ticket, ActorRef by, Instant at, TicketField field, String oldValue, String newValue)
        implements TicketChange {
}
