package org.bilet.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilet.catalog.Catalog;
import org.bilet.tickets.RequesterVisits;
import org.bilet.tickets.TicketFilter;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TicketSummary;
import org.bilet.web.session.UserSession;
import org.bilet.web.tickets.TicketRows;
import org.primefaces.model.LazyDataModel;

/** "My tickets": the tickets the signed-in person reported, open ones first by default. */
@Named
@ViewScoped
public class MyTicketsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which of my tickets to list; a RESOLVED ticket is still open until its requester confirms it. */
    public enum Show {
        OPEN(EnumSet.complementOf(EnumSet.of(TicketStatus.CLOSED))),
        CLOSED(EnumSet.of(TicketStatus.CLOSED)),
        ALL(Set.of());

        private final Set<TicketStatus> statuses;

        Show(Set<TicketStatus> statuses) {
            this.statuses = statuses;
        }
    }

    @Inject
    RequesterVisits visits;

    @Inject
    TicketFinder finder;

    @Inject
    Catalog catalog;

    @Inject
    UserSession me;

    private Show show = Show.OPEN;
    private TicketRows tickets;
    private CategoryMenu categories;
    private Set<String> seenFor;
    private Map<String, Instant> seen;

    @PostConstruct
    void init() {
        // Staff may use the portal for their own problems: "my tickets" are the ones I reported.
        var requester = me.getUsername();
        tickets = new TicketRows(finder, "updatedAt,desc",
                (sort, page, size) -> TicketFilter.ofRequester(requester, show.statuses, sort, page, size));
    }

    /** Whether staff answered since the requester last opened the ticket: the list marks it. */
    public boolean isUnread(TicketSummary ticket) {
        if (ticket.answeredAt() == null) {
            return false;
        }
        if (seenFor == null || !seenFor.contains(ticket.number())) {
            // Once per page shown: when the requester last opened each ticket on it.
            var page = tickets.getWrappedData() == null ? List.<TicketSummary>of() : tickets.getWrappedData();
            seenFor = new HashSet<>(page.stream().map(TicketSummary::number).toList());
            seenFor.add(ticket.number());
            seen = visits.lastSeen(List.copyOf(seenFor));
        }
        var last = seen.get(ticket.number());
        return last == null || ticket.answeredAt().isAfter(last);
    }

    public LazyDataModel<TicketSummary> getTickets() {
        return tickets;
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show == null ? Show.OPEN : show;
    }

    public Show[] getChoices() {
        return Show.values();
    }

    /** "Hardware / Laptop" for a category key. */
    public String categoryPath(String key) {
        if (categories == null) {
            categories = CategoryMenu.of(catalog.categoriesIn(me.getLanguage()));
        }
        return categories.path(key);
    }
}
