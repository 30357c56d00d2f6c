package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.tickets.attachments.Attachment;
import org.bilet.tickets.attachments.AttachmentInfo;
import org.bilet.tickets.contacts.ContactDetails;
import org.bilet.tickets.contacts.TicketContact;

/**
 * What happened to a ticket: its conversation, its change history, both merged into one timeline,
 * and the customer's earlier tickets. Requesters never see the internal side ({@link TicketVisibility#seesInternal()}):
 * internal notes, their files, the history of those files, client addresses.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketHistory {

    private static final int EARLIER_TICKETS = 20;

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    public List<MessageDetails> messages(@NotNull String number) {
        var viewer = actors.currentUser();
        return messagesOf(tickets.visibleTo(viewer, number), seesInternal(viewer));
    }

    public List<HistoryEntry> history(@NotNull String number) {
        var viewer = actors.currentUser();
        return historyOf(tickets.visibleTo(viewer, number), seesInternal(viewer));
    }

    /**
     * Messages, history events and logged calls and chats in the order they happened. A contact
     * stands for itself: the history entry that records its logging is left out of the timeline.
     */
    public List<TimelineEntry> timeline(@NotNull String number) {
        var viewer = actors.currentUser();
        var ticket = tickets.visibleTo(viewer, number);
        var internal = seesInternal(viewer);
        var contacts = em.createNamedQuery(TicketContact.OF_TICKET, TicketContact.class)
                .setParameter("ticket", ticket)
                .setParameter("withInternal", internal)
                .getResultStream().map(ContactDetails::of).map(TimelineEntry::of);
        return Stream.of(
                        messagesOf(ticket, internal).stream().map(TimelineEntry::of),
                        historyOf(ticket, internal).stream().filter(e -> e.kind() != TicketEvent.Kind.CONTACT).map(TimelineEntry::of),
                        contacts)
                .flatMap(s -> s)
                .sorted(Comparator.comparing(TimelineEntry::at))
                .toList();
    }

    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public CustomerHistory customerHistory(@NotNull String number) {
        var ticket = tickets.visibleTo(actors.currentUser(), number);
        var ofRequester = em.createNamedQuery(Ticket.EARLIER_OF_REQUESTER, Ticket.class)
                .setParameter("requester", ticket.requester())
                .setParameter("excluded", ticket.id())
                .setMaxResults(EARLIER_TICKETS)
                .getResultStream().map(TicketSummary::of).toList();
        var ofOrganization = ticket.organization() == null ? List.<TicketSummary>of()
                : em.createNamedQuery(Ticket.EARLIER_OF_ORGANIZATION, Ticket.class)
                .setParameter("organization", ticket.organization())
                .setParameter("excluded", ticket.id())
                .setMaxResults(EARLIER_TICKETS)
                .getResultStream().map(TicketSummary::of).toList();
        return new CustomerHistory(PersonRef.of(ticket.requester()),
                ticket.organization() == null ? null : ticket.organization().name(),
                ticket.organization() == null ? null : ticket.organization().id(), ofRequester, ofOrganization);
    }

    /** The messages with their files: two queries, whatever the length of the conversation. */
    private List<MessageDetails> messagesOf(Ticket ticket, boolean withInternal) {
        var filesByMessage = em.createNamedQuery(Attachment.OF_TICKET, Attachment.class)
                .setParameter("ticket", ticket)
                .setParameter("withInternal", withInternal)
                .getResultStream()
                .filter(a -> a.message() != null)
                .collect(Collectors.groupingBy(a -> a.message().id(),
                        Collectors.mapping(AttachmentInfo::of, Collectors.toList())));
        return em.createNamedQuery(Message.OF_TICKET, Message.class)
                .setParameter("ticket", ticket)
                .setParameter("withInternal", withInternal)
                .getResultStream()
                .map(m -> MessageDetails.of(m, filesByMessage.getOrDefault(m.id(), List.of())))
                .toList();
    }

    /** The history; without the internal side, neither the files of internal notes nor client addresses. */
    private List<HistoryEntry> historyOf(Ticket ticket, boolean withInternal) {
        return em.createNamedQuery(TicketEvent.OF_TICKET, TicketEvent.class)
                .setParameter("ticket", ticket)
                .setParameter("withInternal", withInternal)
                .getResultStream()
                .map(HistoryEntry::of)
                .map(entry -> withInternal ? entry : entry.withoutClientAddress())
                .toList();
    }

    private static boolean seesInternal(User viewer) {
        return TicketVisibility.of(viewer).seesInternal();
    }
}
