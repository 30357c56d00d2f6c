package org.bilet.tickets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.bilet.platform.Page;

/**
 * Which tickets to list and how. Each non-null criterion narrows the list; sort is
 * "field,asc|desc" with field one of number, createdAt, updatedAt, dueAt, priority, status, subject.
 * {@code statuses}, when not empty, keeps the tickets in any of them (e.g. everything not yet CLOSED).
 */
public record TicketFilter(
        TicketStatus status,
        String team,
        String assignee,
        String requester,
        String priority,
        String category,
        String tag,
        @Pattern(regexp = "(number|createdAt|updatedAt|dueAt|priority|status|subject)(,(asc|desc))?",
                message = "Sort by number, createdAt, updatedAt, dueAt, priority, status or subject, optionally followed by ,asc or ,desc.")
        String sort,
        @Min(value = 0, message = "Pages start at 0.")
        int page,
        @Min(value = 1, message = "A page has at least 1 item.")
        @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.")
        int size,
        Set<TicketStatus> statuses) {

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public TicketFilter(TicketStatus status, String team, String assignee, String requester, String priority,
                        String category, String tag, String sort, int page, int size) {
        this(status, team, assignee, requester, priority, category, tag, sort, page, size, Set.of());
    }

    public String sortField() {
        return sort == null ? "createdAt" : sort.split(",")[0];
    }

    public boolean ascending() {
        return sort != null && sort.endsWith(",asc");
    }
}
