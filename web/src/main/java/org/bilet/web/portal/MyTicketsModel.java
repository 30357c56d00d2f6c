package org.bilet.web.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TicketSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One person's tickets a page at a time: counted, sorted and cut in the database by the ticket
 * finder, never in memory. The table's column fields are the finder's sort fields.
 */
class MyTicketsModel extends LazyDataModel<TicketSummary> {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SORTABLE = Set.of("number", "subject", "status", "createdAt", "updatedAt");
    private static final String DEFAULT_SORT = "updatedAt,desc";

    private final TicketFinder finder;
    private final String requester;
    private Set<TicketStatus> statuses;
    private List<TicketSummary> page = List.of();

    MyTicketsModel(TicketFinder finder, String requester, Set<TicketStatus> statuses) {
        this.finder = finder;
        this.requester = requester;
        this.statuses = statuses;
    }

    void show(Set<TicketStatus> shown) {
        this.statuses = shown;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) finder.count(filter(null, 0, 1));
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var result = finder.list(filter(sortOf(sortBy), first / pageSize, pageSize));
        setRowCount((int) result.total());
        page = result.items();
        return page;
    }

    @Override
    public String getRowKey(TicketSummary ticket) {
        return ticket.number();
    }

    @Override
    public TicketSummary getRowData(String rowKey) {
        return page.stream().filter(ticket -> ticket.number().equals(rowKey)).findFirst().orElse(null);
    }

    private TicketFilter filter(String sort, int pageIndex, int size) {
        return TicketFilter.ofRequester(requester, statuses, sort, pageIndex, size);
    }

    /** "field,asc|desc" from the table's sort; a field the finder does not know falls back to the default. */
    static String sortOf(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(SortMeta::isActive)
                .filter(meta -> SORTABLE.contains(meta.getField()))
                .findFirst()
                .map(meta -> meta.getField() + (meta.getOrder().isAscending() ? ",asc" : ",desc"))
                .orElse(DEFAULT_SORT);
    }
}
