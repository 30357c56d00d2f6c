package org.bilet.tickets;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a ticket. A null component leaves that field alone; for the fields that can
 * be cleared (category, team, assignee) an empty Optional clears them. In customFields a null value
 * clears that field.
 */
public record TicketChanges(
        TicketStatus status,
        String resolution,
        Instant snoozeUntil,
        String priority,
        Optional<String> category,
        Set<String> tags,
        Optional<String> team,
        Optional<String> assignee,
        Map<String, String> customFields) {

    public static TicketChanges none() {
        return new TicketChanges(null, null, null, null, null, null, null, null, null);
    }

    public TicketChanges withStatus(TicketStatus target) {
        return new TicketChanges(target, resolution, snoozeUntil, priority, category, tags, team, assignee, customFields);
    }

    public TicketChanges withPriority(String code) {
        return new TicketChanges(status, resolution, snoozeUntil, code, category, tags, team, assignee, customFields);
    }

    /** Changes that only staff may make: everything but a status decision. */
    public boolean touchesMoreThanStatus() {
        return snoozeUntil != null || priority != null || category != null || tags != null || team != null
                || assignee != null || customFields != null;
    }
}
