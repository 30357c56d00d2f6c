package org.bilet.web.tickets;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketSort;
import org.bilet.tickets.TicketSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The rows of a ticket table, for any screen: the table asks for a count and then for one page,
 * and both go to the ticket finder, so counting, sorting and paging happen in the database, once
 * each per request. The table's column fields are {@link TicketSort.Field} keys.
 */
public class TicketRows extends LazyDataModel<TicketSummary> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Builds the finder's filter for a sort ("dueAt,asc"), page and size. */
    public interface Query extends Serializable {
        TicketFilter filter(String sort, int page, int size);
    }

    private final TicketFinder finder;
    private final String defaultSort;
    private final Query query;
    private List<TicketSummary> page = List.of();

    /** @param defaultSort the sort without a sorted column; null leaves it to the filter (a queue's own) */
    public TicketRows(TicketFinder finder, String defaultSort, Query query) {
        this.finder = finder;
        this.defaultSort = defaultSort;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, finder.count(query.filter(defaultSort, 0, 1)));
    }

    /** The table has counted just before (see {@link #count}), so the page is read without counting again. */
    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        page = finder.page(query.filter(sortOf(sortBy, defaultSort), first / pageSize, pageSize));
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

    /** "field,asc|desc" from the table's sort; without one, or for a field the finder does not know, the default. */
    static String sortOf(Map<String, SortMeta> sortBy, String defaultSort) {
        return sortBy.values().stream()
                .filter(SortMeta::isActive)
                .flatMap(meta -> TicketSort.Field.byKey(meta.getField())
                        .map(field -> new TicketSort(field, meta.getOrder().isAscending())).stream())
                .findFirst()
                .map(TicketSort::toString)
                .orElse(defaultSort);
    }
}
