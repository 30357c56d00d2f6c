package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilet.catalog.Catalog;
import org.bilet.desk.BulkChange;
import org.bilet.desk.BulkChanges;
import org.bilet.desk.DeskSettings;
import org.bilet.desk.QueueCounts;
import org.bilet.desk.SavedFilterInfo;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;
import org.bilet.platform.BiletException;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketQueue;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TicketSummary;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.tickets.TicketRows;

/**
 * A queue of the helpdesk: its filters come from the address, so that any queue view can be
 * bookmarked, shared and saved by name; rows are paged and sorted in the database.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketFinder finder;

    @Inject
    QueueCounts queueCounts;

    @Inject
    DeskSettings settings;

    @Inject
    BulkChanges bulkChanges;

    @Inject
    Directory directory;

    @Inject
    Catalog catalog;

    private final QueueFilters filters = new QueueFilters();
    private TicketRows rows;
    private List<TicketSummary> selected = new ArrayList<>();
    private List<String> columns;
    private Map<TicketQueue, Long> counts;
    private List<SavedFilterInfo> savedFilters;
    private Map<Long, Long> savedCounts;
    private String filterName;
    private final BulkForm bulk = new BulkForm();
    private final Choices choices = new Choices();

    /** Runs once per visit, after the address's parameters are set. */
    public void open() {
        var problem = filters.check();
        if (problem != null) {
            Texts.warn(null, problem);
        }
        try {
            finder.check(filter(null, 0, 1));
        } catch (BiletException unknownName) {
            Texts.warn(null, "queue.filterInvalid", unknownName.getMessage());
            filters.clearFieldFilters();
        }
        columns = new ArrayList<>(settings.columns());
        rows = new TicketRows(finder, null, this::filter);
    }

    TicketFilter filter(String sort, int page, int size) {
        return filters.filter(sort, page, size);
    }

    public String apply() {
        return "/desk/queue?faces-redirect=true&" + filters.queryString();
    }

    public void saveFilter() {
        if (filterName == null || filterName.isBlank()) {
            Texts.error("filters:filterName", "queue.filterName.required");
            return;
        }
        var saved = Refusals.inForm("filters").field("name", "filters:filterName")
                .attempt(() -> settings.saveFilter(filterName, filters.queryString()));
        if (saved != null) {
            savedFilters = null;
            countSaved();
            Texts.info("queue.filterSaved", saved.name());
            filterName = null;
        }
    }

    public void deleteFilter(long id) {
        // A filter deleted meanwhile (in another tab) is gone either way: the list is read again.
        Refusals.inForm("queues").attempt(() -> settings.deleteFilter(id));
        savedFilters = null;
        countSaved();
    }

    public void showColumns() {
        settings.showColumns(columns);
    }

    public boolean shows(String column) {
        return columns.contains(column);
    }

    public void applyBulk() {
        var change = bulk.change();
        if (change == null) {
            Texts.warn(null, "bulk.nothingChosen");
            return;
        }
        if (selected.isEmpty()) {
            Texts.warn(null, "bulk.nothingSelected");
            return;
        }
        var seen = selected.stream().map(t -> new BulkChanges.Seen(t.number(), t.version(), t.tags())).toList();
        var result = bulkChanges.apply(seen, change);
        if (!result.changed().isEmpty()) {
            Texts.info("bulk.changed", result.changed().size());
        }
        result.refused().forEach(r -> Texts.warn(null, "bulk.refused." + r.reason(), r.number()));
        selected = new ArrayList<>();
        bulk.clear();
        loadCounts();
    }

    /** Called by the page right after it loaded: the queues' counts, and each saved filter's. */
    public void loadCounts() {
        counts = new EnumMap<>(queueCounts.forMe());
        countSaved();
    }

    private void countSaved() {
        savedCounts = new HashMap<>();
        for (var saved : getSavedFilters()) {
            try {
                savedCounts.put(saved.id(), finder.count(QueueFilters.of(saved.query()).filter(null, 0, 1)));
            } catch (BiletException namesWhatIsGone) {
                // A team or category deleted since it was saved: the filter shows no count; opening it says why.
            }
        }
    }

    /** A saved filter's count once loaded, else null. */
    public Long savedCount(long id) {
        return savedCounts == null ? null : savedCounts.get(id);
    }

    public boolean isCountsLoaded() {
        return counts != null;
    }

    public Map<TicketQueue, Long> getCounts() {
        return counts;
    }

    public List<TicketQueue> getQueues() {
        return List.of(TicketQueue.values());
    }

    public List<SavedFilterInfo> getSavedFilters() {
        if (savedFilters == null) {
            savedFilters = settings.savedFilters();
        }
        return savedFilters;
    }

    public List<TeamInfo> getTeams() {
        return choices.teams(directory::teams);
    }

    public List<TeamInfo.Member> getStaff() {
        return choices.staff(directory::staff);
    }

    public List<Catalog.PriorityInfo> getPriorities() {
        return choices.priorities(catalog::priorities);
    }

    public List<Catalog.CategoryInfo> getCategories() {
        return choices.categories(catalog::categories);
    }

    public List<TicketStatus> getStatuses() {
        return List.of(TicketStatus.values());
    }

    public List<String> getAllColumns() {
        return DeskSettings.COLUMNS;
    }

    public QueueFilters getFilters() {
        return filters;
    }

    public BulkForm getBulk() {
        return bulk;
    }

    public TicketRows getRows() {
        return rows;
    }

    public List<TicketSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<TicketSummary> selected) {
        this.selected = selected;
    }

    public List<String> getColumns() {
        return columns;
    }

    public void setColumns(List<String> columns) {
        this.columns = columns;
    }

    public String getFilterName() {
        return filterName;
    }

    public void setFilterName(String filterName) {
        this.filterName = filterName;
    }

    /** The choices of the bulk action bar; only what the agent picked is changed. */
    public static class BulkForm implements Serializable {

        private static final long serialVersionUID = 1L;
        /** The assignee choice that releases tickets. */
        public static final String NOBODY = "-";

        private String assignee;
        private TicketStatus status;
        private String resolution;
        private String priority;
        private String tag;

        BulkChange change() {
            var chosenAssignee = assignee == null || assignee.isEmpty() ? null
                    : Optional.ofNullable(NOBODY.equals(assignee) ? null : assignee);
            var chosenTag = tag == null || tag.isBlank() ? null : tag.strip();
            var chosenPriority = priority == null || priority.isEmpty() ? null : priority;
            if (chosenAssignee == null && status == null && chosenPriority == null && chosenTag == null) {
                return null;
            }
            return new BulkChange(chosenAssignee, status, resolution, chosenPriority, chosenTag);
        }

        void clear() {
            assignee = null;
            status = null;
            resolution = null;
            priority = null;
            tag = null;
        }

        public String getAssignee() {
            return assignee;
        }

        public void setAssignee(String assignee) {
            this.assignee = assignee;
        }

        public TicketStatus getStatus() {
            return status;
        }

        public void setStatus(TicketStatus status) {
            this.status = status;
        }

        public String getResolution() {
            return resolution;
        }

        public void setResolution(String resolution) {
            this.resolution = resolution;
        }

        public String getPriority() {
            return priority;
        }

        public void setPriority(String priority) {
            this.priority = priority;
        }

        public String getTag() {
            return tag;
        }

        public void setTag(String tag) {
            this.tag = tag;
        }
    }
}
