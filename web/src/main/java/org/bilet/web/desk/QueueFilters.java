package org.bilet.web.desk;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Collectors;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketQueue;
import org.bilet.tickets.TicketSort;
import org.bilet.tickets.TicketStatus;

/**
 * The filters of a queue page as its address carries them: a queue, words of the subject and
 * field values. Unknown queue or status names fall back to the defaults with a warning.
 */
public class QueueFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Staff land on their own tickets. */
    static final TicketQueue DEFAULT_QUEUE = TicketQueue.MINE;

    /** The queue name used by the search box: no queue, all tickets matching the words. */
    static final String SEARCH = "SEARCH";

    private String queue;
    private String q;
    private String status;
    private String team;
    private String assignee;
    private String priority;
    private String category;
    private String tag;
    private String sort;

    /** A bundle key describing what was wrong with the address, or null. */
    String check() {
        String problem = null;
        if (queue != null && !queue.isBlank() && !SEARCH.equalsIgnoreCase(queue) && parse(TicketQueue.class, queue) == null) {
            problem = "queue.unknownQueue";
            queue = null;
        }
        if (status != null && !status.isBlank() && parse(TicketStatus.class, status) == null) {
            problem = "queue.unknownStatus";
            status = null;
        }
        if (sort != null && !TicketSort.isValid(sort)) {
            sort = null;
        }
        return problem;
    }

    void clearFieldFilters() {
        status = team = assignee = priority = category = tag = null;
    }

    /** The queue to list; null when searching across all tickets. */
    TicketQueue queue() {
        if (isSearch()) {
            return null;
        }
        var parsed = parse(TicketQueue.class, queue);
        return parsed == null ? DEFAULT_QUEUE : parsed;
    }

    public boolean isSearch() {
        return SEARCH.equalsIgnoreCase(queue);
    }

    /** The queue's name for highlighting and headings: SEARCH or a queue. */
    public String getCurrent() {
        return isSearch() ? SEARCH : queue().name();
    }

    TicketStatus status() {
        return parse(TicketStatus.class, status);
    }

    /** The filters a saved filter's query string holds (see {@link #queryString()}); unknown names are left out. */
    static QueueFilters of(String queryString) {
        var filters = new QueueFilters();
        for (var pair : (queryString == null ? "" : queryString).split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            var value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            switch (pair.substring(0, equals)) {
                case "queue" -> filters.queue = value;
                case "q" -> filters.q = value;
                case "status" -> filters.status = value;
                case "team" -> filters.team = value;
                case "assignee" -> filters.assignee = value;
                case "priority" -> filters.priority = value;
                case "category" -> filters.category = value;
                case "tag" -> filters.tag = value;
                case "sort" -> filters.sort = value;
                default -> { }
            }
        }
        filters.check();
        return filters;
    }

    /** What the finder lists for these filters: a page of it, in {@code sort} or the filters' own order. */
    TicketFilter filter(String sortOverride, int page, int size) {
        return TicketFilter.all().inQueue(queue()).matching(q).withStatus(status())
                .inTeam(team).assignedTo(assignee).withPriority(priority)
                .inCategory(category).tagged(tag)
                .sortedBy(sortOverride == null ? sort : sortOverride).page(page, size);
    }

    /** The filters as a query string, the form a saved filter keeps. */
    public String queryString() {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("queue", getCurrent());
        parameters.put("q", q);
        parameters.put("status", status);
        parameters.put("team", team);
        parameters.put("assignee", assignee);
        parameters.put("priority", priority);
        parameters.put("category", category);
        parameters.put("tag", tag);
        parameters.put("sort", sort);
        return parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getQ() {
        return blankToNull(q);
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTeam() {
        return blankToNull(team);
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAssignee() {
        return blankToNull(assignee);
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getPriority() {
        return blankToNull(priority);
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getCategory() {
        return blankToNull(category);
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTag() {
        return blankToNull(tag);
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getSort() {
        return blankToNull(sort);
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
