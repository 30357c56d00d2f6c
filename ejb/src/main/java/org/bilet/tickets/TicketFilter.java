package org.bilet.tickets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bilet.platform.Page;

/**
 * Which tickets to list and how. Each non-null criterion narrows the list: a queue, words of the
 * subject, and field values; sort is "field,asc|desc" with field one of number, createdAt,
 * updatedAt, dueAt, priority, status, subject. {@code statuses}, when not empty, keeps the tickets
 * in any of them (e.g. everything not yet CLOSED).
 */
public record TicketFilter(
        TicketQueue queue,
        @Size(max = 200, message = "Search for at most {max} characters.")
        String text,
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

    /** A filter on field values alone, as the API's query parameters give it. */
    public TicketFilter(TicketStatus status, String team, String assignee, String requester, String priority,
                        String category, String tag, String sort, int page, int size) {
        this(null, null, status, team, assignee, requester, priority, category, tag, sort, page, size, Set.of());
    }

    /** A queue, searched and sorted, a page at a time. */
    public TicketFilter(TicketQueue queue, String text, TicketStatus status, String team, String assignee, String requester,
                        String priority, String category, String tag, String sort, int page, int size) {
        this(queue, text, status, team, assignee, requester, priority, category, tag, sort, page, size, Set.of());
    }

    /** One person's tickets in any of the given statuses (all when empty), a page at a time. */
    public static TicketFilter ofRequester(String requester, Set<TicketStatus> statuses, String sort, int page, int size) {
        return new TicketFilter(null, null, null, null, null, requester, null, null, null, sort, page, size, statuses);
    }

    /** The sort asked for, else the queue's own, else the newest first. */
    public String effectiveSort() {
        return sort != null ? sort : queue != null ? queue.defaultSort() : "createdAt,desc";
    }

    public String sortField() {
        return effectiveSort().split(",")[0];
    }

    public boolean ascending() {
        return effectiveSort().endsWith(",asc");
    }
}
