package org.bilet.kb.search;

import java.time.Instant;
import java.util.Set;
import org.bilet.tickets.TicketStatus;

/**
 * A search over tickets: words, the facets to keep (empty: any), a window of last changes, the
 * order and the page. Built by the API from its parameters; {@link TicketSearch} checks the words.
 */
public record TicketQuery(
        String text,
        Set<TicketStatus> statuses,
        Set<String> priorities,
        Set<String> teams,
        Set<String> categories,
        Set<String> assignees,
        Instant changedFrom,
        Instant changedTo,
        boolean newestFirst,
        int page,
        int size) {

    public TicketQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        assignees = assignees == null ? Set.of() : Set.copyOf(assignees);
    }

    /** The first page of tickets matching the words, by relevance. */
    public static TicketQuery of(String text) {
        return new TicketQuery(text, null, null, null, null, null, null, null, false, 0, 20);
    }
}
