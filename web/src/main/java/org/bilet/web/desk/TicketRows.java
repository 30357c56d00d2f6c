package org.bilet.web.desk;

import java.util.List;
import java.util.Map;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a queue table, paged and sorted by the database: the table asks for a count and for
 * one page at a time, and both go to the ticket finder with the queue's filter.
 */
public class TicketRows extends LazyDataModel<TicketSummary> {

    private static final long serialVersionUID = 1L;

    /** Builds the finder's filter for a sort ("dueAt,asc" or null), page and size. */
    public interface Query extends java.io.Serializable {
        TicketFilter filter(String sort, int page, int size);
    }

    private final TicketFinder finder;
    private final Query query;
    private List<TicketSummary> page = List.of();

    public TicketRows(TicketFinder finder, Query query) {
        this.finder = finder;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, finder.count(query.filter(null, 0, 1)));
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy.values().stream().findFirst()
                .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
                .map(meta -> meta.getField() + (meta.getOrder() == SortOrder.ASCENDING ? ",asc" : ",desc"))
                .orElse(null);
        page = finder.list(query.filter(sort, first / pageSize, pageSize)).items();
        return page;
    }

    @Override
    public String getRowKey(TicketSummary ticket) {
        return ticket.number();
    }

    @Override
    public TicketSummary getRowData(String rowKey) {
        return page.stream().filter(t -> t.number().equals(rowKey)).findFirst().orElse(null);
    }
}
