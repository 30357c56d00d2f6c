package org.bilet.tickets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.bilet.platform.Page;

/**
 * Which tickets to list and how. Each non-null criterion narrows the list: a queue, words of the
 * subject, and field values; sort is a {@link TicketSort} text ("dueAt,asc"). {@code statuses},
 * when not empty, keeps the tickets in any of them (e.g. everything not yet CLOSED). Build one
 * from {@link #all()} with the named methods.
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
        @TicketSort.Known
        String sort,
        @Min(value = 0, message = "Pages start at 0.")
        int page,
        @Min(value = 1, message = "A page has at least 1 item.")
        @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.")
        int size,
        Set<TicketStatus> statuses) {

    public static final int DEFAULT_SIZE = 20;

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Every ticket the caller may see, newest first, the first page. */
    public static TicketFilter all() {
        return new TicketFilter(null, null, null, null, null, null, null, null, null, null, 0, DEFAULT_SIZE, Set.of());
    }

    /** One person's tickets in any of the given statuses (all when empty), a page at a time. */
    public static TicketFilter ofRequester(String requester, Set<TicketStatus> statuses, String sort, int page, int size) {
        return all().requestedBy(requester).inStatuses(statuses).sortedBy(sort).page(page, size);
    }

    public TicketFilter inQueue(TicketQueue newQueue) {
        return new TicketFilter(newQueue, text, status, team, assignee, requester, priority, category, tag, sort, page, size, statuses);
    }

    /** Words of the subject. */
    public TicketFilter matching(String newText) {
        return new TicketFilter(queue, newText, status, team, assignee, requester, priority, category, tag, sort, page, size, statuses);
    }

    public TicketFilter withStatus(TicketStatus newStatus) {
        return new TicketFilter(queue, text, newStatus, team, assignee, requester, priority, category, tag, sort, page, size, statuses);
    }

    public TicketFilter inStatuses(Set<TicketStatus> newStatuses) {
        return new TicketFilter(queue, text, status, team, assignee, requester, priority, category, tag, sort, page, size, newStatuses);
    }

    public TicketFilter inTeam(String teamKey) {
        return new TicketFilter(queue, text, status, teamKey, assignee, requester, priority, category, tag, sort, page, size, statuses);
    }

    public TicketFilter assignedTo(String username) {
        return new TicketFilter(queue, text, status, team, username, requester, priority, category, tag, sort, page, size, statuses);
    }

    public TicketFilter requestedBy(String username) {
        return new TicketFilter(queue, text, status, team, assignee, username, priority, category, tag, sort, page, size, statuses);
    }

    public TicketFilter withPriority(String code) {
        return new TicketFilter(queue, text, status, team, assignee, requester, code, category, tag, sort, page, size, statuses);
    }

    public TicketFilter inCategory(String key) {
        return new TicketFilter(queue, text, status, team, assignee, requester, priority, key, tag, sort, page, size, statuses);
    }

    public TicketFilter tagged(String newTag) {
        return new TicketFilter(queue, text, status, team, assignee, requester, priority, category, newTag, sort, page, size, statuses);
    }

    /** A {@link TicketSort} text; null for the queue's own order, or the newest first. */
    public TicketFilter sortedBy(String newSort) {
        return new TicketFilter(queue, text, status, team, assignee, requester, priority, category, tag, newSort, page, size, statuses);
    }

    public TicketFilter page(int newPage, int newSize) {
        return new TicketFilter(queue, text, status, team, assignee, requester, priority, category, tag, sort, newPage, newSize, statuses);
    }

    /** The sort asked for, else the queue's own, else the newest first. */
    public TicketSort effectiveSort() {
        var asked = sort != null ? sort : queue != null ? queue.defaultSort() : null;
        return TicketSort.parse(asked).orElse(TicketSort.NEWEST_FIRST);
    }
}
