package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.bilet.people.Organization;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.contacts.TicketContact;

/**
 * Everything of one customer across channels, for staff: a person's or an organization's tickets
 * (an organization's include its departments'), newest first, paged in the database; and their
 * recent activity, the newest messages, notes, calls and chats on those tickets, each read newest
 * first with a limit, merged and cut to the limit. Nothing reads a whole table.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class CustomerRecords {

    public static final int MAX_ACTIVITY = 100;

    @Inject
    EntityManager em;

    public CustomerProfile person(@NotNull String username) {
        var user = user(username);
        var organization = user.organization();
        return new CustomerProfile(user.username(), user.displayName(), user.email(), user.phone(),
                organization == null ? null : organization.id(), organization == null ? null : organization.path());
    }

    public CustomerProfile organization(long id) {
        var organization = organizationById(id);
        return new CustomerProfile(null, organization.path(), null, null, organization.id(), organization.path());
    }

    public Page<TicketSummary> ticketsOfPerson(@NotNull String username, @Min(value = 0, message = "Pages start at 0.") int page,
            @Min(value = 1, message = "A page has at least 1 item.")
            @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        var user = user(username);
        var rows = em.createNamedQuery(Ticket.OF_REQUESTER_NEWEST, Ticket.class).setParameter("requester", user)
                .setFirstResult(page * size).setMaxResults(size).getResultStream().map(TicketSummary::of).toList();
        var total = em.createNamedQuery(Ticket.COUNT_OF_REQUESTER, Long.class).setParameter("requester", user).getSingleResult();
        return new Page<>(rows, total, page, size);
    }

    public Page<TicketSummary> ticketsOfOrganization(long id, @Min(value = 0, message = "Pages start at 0.") int page,
            @Min(value = 1, message = "A page has at least 1 item.")
            @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        var ids = withDepartments(organizationById(id));
        var rows = em.createNamedQuery(Ticket.OF_ORGANIZATIONS_NEWEST, Ticket.class).setParameter("organizations", ids)
                .setFirstResult(page * size).setMaxResults(size).getResultStream().map(TicketSummary::of).toList();
        var total = em.createNamedQuery(Ticket.COUNT_OF_ORGANIZATIONS, Long.class).setParameter("organizations", ids)
                .getSingleResult();
        return new Page<>(rows, total, page, size);
    }

    public List<ActivityEntry> activityOfPerson(@NotNull String username, @Min(value = 1, message = "Ask for at least 1 entry.")
            @Max(value = MAX_ACTIVITY, message = "Ask for at most {value} entries.") int limit) {
        var user = user(username);
        return merged(em.createNamedQuery(Message.NEWEST_OF_REQUESTER, Message.class).setParameter("requester", user),
                em.createNamedQuery(TicketContact.NEWEST_OF_REQUESTER, TicketContact.class).setParameter("requester", user),
                limit);
    }

    public List<ActivityEntry> activityOfOrganization(long id, @Min(value = 1, message = "Ask for at least 1 entry.")
            @Max(value = MAX_ACTIVITY, message = "Ask for at most {value} entries.") int limit) {
        var ids = withDepartments(organizationById(id));
        return merged(em.createNamedQuery(Message.NEWEST_OF_ORGANIZATIONS, Message.class).setParameter("organizations", ids),
                em.createNamedQuery(TicketContact.NEWEST_OF_ORGANIZATIONS, TicketContact.class).setParameter("organizations", ids),
                limit);
    }

    private static List<ActivityEntry> merged(TypedQuery<Message> messages,
                                              TypedQuery<TicketContact> contacts, int limit) {
        var said = messages.setMaxResults(limit).getResultStream().map(m -> new ActivityEntry(m.createdAt(),
                m.ticket().number().value(), m.ticket().subject(), m.internal() ? "note" : "message", m.ticket().channel(),
                PersonRef.of(m.author()), ActivityEntry.excerpt(m.bodyText()), m.internal()));
        var logged = contacts.setMaxResults(limit).getResultStream().map(c -> new ActivityEntry(c.occurredAt(),
                c.ticket().number().value(), c.ticket().subject(), c.kind().apiName(), c.kind().channel(),
                PersonRef.of(c.loggedBy()), ActivityEntry.excerpt(c.content()), c.internal()));
        return Stream.concat(said, logged).sorted(Comparator.comparing(ActivityEntry::at).reversed()).limit(limit).toList();
    }

    private User user(String username) {
        return em.createNamedQuery(User.BY_USERNAME_OR_EMAIL, User.class).setParameter("key", username)
                .getResultStream().filter(u -> u.username().equals(username)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("There is no person '" + username + "'."));
    }

    private Organization organizationById(long id) {
        var organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new ResourceNotFoundException("There is no organization " + id + ".");
        }
        return organization;
    }

    /** The organization and its departments, by id: one query over the parent reference. */
    private List<Long> withDepartments(Organization organization) {
        var departments = em.createQuery("select o.id from Organization o where o.parent = :parent", Long.class)
                .setParameter("parent", organization).getResultList();
        return Stream.concat(Stream.of(organization.id()), departments.stream()).toList();
    }
}
