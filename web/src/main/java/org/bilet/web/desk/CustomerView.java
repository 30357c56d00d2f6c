package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.ActivityEntry;
import org.bilet.tickets.CustomerProfile;
import org.bilet.tickets.CustomerRecords;
import org.bilet.tickets.TicketSummary;
import org.bilet.web.session.NotFound;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /desk/customer.xhtml?person=&lt;username&gt; or ?organization=&lt;id&gt;: a customer's tickets, newest
 * first and paged in the database, and their recent activity across channels.
 */
@Named
@ViewScoped
public class CustomerView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ACTIVITY = 30;

    @Inject
    CustomerRecords records;

    private String person;
    private Long organization;
    private CustomerProfile profile;
    private List<ActivityEntry> activity;
    private LazyDataModel<TicketSummary> tickets;

    /** Neither a known person nor a known organization: the not-found page. */
    public void open() throws IOException {
        try {
            if (person != null && !person.isBlank()) {
                profile = records.person(person);
                activity = records.activityOfPerson(person, ACTIVITY);
            } else if (organization != null) {
                profile = records.organization(organization);
                activity = records.activityOfOrganization(organization, ACTIVITY);
            } else {
                NotFound.respond();
                return;
            }
            tickets = new Rows();
        } catch (ResourceNotFoundException e) {
            NotFound.respond();
        }
    }

    /** The customer's tickets, a page at a time from the database. */
    private final class Rows extends LazyDataModel<TicketSummary> {

        private static final long serialVersionUID = 1L;
        private List<TicketSummary> shown = List.of();

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, page(0, 1).total());
        }

        @Override
        public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            shown = page(first / pageSize, pageSize).items();
            return shown;
        }

        @Override
        public String getRowKey(TicketSummary ticket) {
            return ticket.number();
        }

        @Override
        public TicketSummary getRowData(String rowKey) {
            return shown.stream().filter(t -> t.number().equals(rowKey)).findFirst().orElse(null);
        }

        private Page<TicketSummary> page(int page, int size) {
            return profile.isPerson() ? records.ticketsOfPerson(profile.username(), page, size)
                    : records.ticketsOfOrganization(profile.organizationId(), page, size);
        }
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public Long getOrganization() {
        return organization;
    }

    public void setOrganization(Long organization) {
        this.organization = organization;
    }

    public CustomerProfile getProfile() {
        return profile;
    }

    public List<ActivityEntry> getActivity() {
        return activity;
    }

    public LazyDataModel<TicketSummary> getTickets() {
        return tickets;
    }
}
