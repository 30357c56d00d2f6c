package org.bilet.tickets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bilet.platform.Page;

/**
 * Which tickets to list and how. Each non-null criterion narrows the list: a queue, words of the
 * subject, and field values; sort is "field,asc|desc" with field one of number, createdAt,
 * updatedAt, dueAt, priority, status, subject.
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
        int size) {

    /** A filter on field values alone, as the API's query parameters give it. */
    public TicketFilter(TicketStatus status, String team, String assignee, String requester, String priority,
                        String category, String tag, String sort, int page, int size) {
        this(null, null, status, team, assignee, requester, priority, category, tag, sort, page, size);
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
