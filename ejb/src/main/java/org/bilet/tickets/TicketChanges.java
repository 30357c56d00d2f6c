package org.bilet.tickets;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A partial update of a ticket. A null component leaves that field alone; for the fields that can
 * be cleared (category, team, assignee) an empty Optional clears them. In customFields a null value
 * clears that field. Build one from {@link #none()} with the {@code with…} methods.
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

    /** The resolution note that a move to RESOLVED needs. */
    public TicketChanges withResolution(String note) {
        return new TicketChanges(status, note, snoozeUntil, priority, category, tags, team, assignee, customFields);
    }

    public TicketChanges withSnoozeUntil(Instant until) {
        return new TicketChanges(status, resolution, until, priority, category, tags, team, assignee, customFields);
    }

    public TicketChanges withPriority(String code) {
        return new TicketChanges(status, resolution, snoozeUntil, code, category, tags, team, assignee, customFields);
    }

    /** An empty Optional clears the category. */
    public TicketChanges withCategory(Optional<String> key) {
        return new TicketChanges(status, resolution, snoozeUntil, priority, key, tags, team, assignee, customFields);
    }

    public TicketChanges withTags(Set<String> newTags) {
        return new TicketChanges(status, resolution, snoozeUntil, priority, category, newTags, team, assignee, customFields);
    }

    /** An empty Optional takes the ticket out of its team. */
    public TicketChanges withTeam(Optional<String> key) {
        return new TicketChanges(status, resolution, snoozeUntil, priority, category, tags, key, assignee, customFields);
    }

    public TicketChanges withAssignee(String username) {
        return new TicketChanges(status, resolution, snoozeUntil, priority, category, tags, team, Optional.of(username), customFields);
    }

    public TicketChanges unassigned() {
        return new TicketChanges(status, resolution, snoozeUntil, priority, category, tags, team, Optional.empty(), customFields);
    }

    /** Values by field key; a null value clears that field. */
    public TicketChanges withCustomFields(Map<String, String> values) {
        return new TicketChanges(status, resolution, snoozeUntil, priority, category, tags, team, assignee, values);
    }

    /** Changes that only staff may make: everything but a status decision. */
    public boolean touchesMoreThanStatus() {
        return snoozeUntil != null || priority != null || category != null || tags != null || team != null
                || assignee != null || customFields != null;
    }
}
