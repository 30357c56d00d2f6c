package org.bilet.tickets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.stream.Stream;
import org.bilet.people.User;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.events.AttachmentAdded;
import org.bilet.tickets.events.ChangesSaved;
import org.bilet.tickets.events.ContactLogged;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketOpened;
import org.bilet.tickets.events.TicketRef;

/**
 * Finds a ticket for a viewer (a ticket the viewer may not see is as unknown as a missing one) and
 * saves what a unit of work did to it: the one place every change passes, so it is also the one
 * place that publishes it as {@link TicketChange} events.
 */
@ApplicationScoped
public class TicketRepository {

    @Inject
    EntityManager em;

    @Inject
    Event<TicketChange> changes;

    @Inject
    Event<ChangesSaved> saved;

    public Ticket visibleTo(User viewer, String number) {
        return find(viewer, number, Ticket.BY_NUMBER_FOR_READING, LockModeType.NONE);
    }

    /**
     * Fails unless the viewer may see the ticket, leaving nothing in the persistence context, so
     * that a later {@link #lockedForChange} reads the row afresh.
     */
    public void checkVisible(User viewer, String number) {
        em.detach(visibleTo(viewer, number));
    }

    /** The ticket with its row locked until the transaction ends, so changes to it serialize. */
    public Ticket lockedForChange(User viewer, String number) {
        return find(viewer, number, Ticket.BY_NUMBER, LockModeType.PESSIMISTIC_WRITE);
    }

    private Ticket find(User viewer, String number, String query, LockModeType lock) {
        var parsed = TicketNumber.parse(number);
        var visibility = TicketVisibility.of(viewer);
        return em.createNamedQuery(query, Ticket.class)
                .setParameter("number", parsed)
                .setLockMode(lock)
                .getResultStream()
                .filter(visibility::allows)
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("There is no ticket " + parsed + " that you can see."));
    }

    /** Persists a new ticket with what its opening recorded. */
    public void add(Ticket ticket) {
        em.persist(ticket);
        saveChanges(ticket);
    }

    /**
     * Persists the messages and history the unit of work recorded on the ticket, then publishes
     * each as an event: observers in the transaction see it at once, observers after commit only
     * if the change commits. Then all of them once more as one {@link ChangesSaved}.
     */
    public void saveChanges(Ticket ticket) {
        var messages = ticket.takeNewMessages();
        var history = ticket.takeNewEvents();
        messages.forEach(em::persist);
        history.forEach(em::persist);
        var published = changesOf(ticket, history, messages);
        published.forEach(changes::fire);
        if (!published.isEmpty()) {
            saved.fire(new ChangesSaved(published.get(0).ticket(), published));
        }
    }

    /** The events that persisted history and messages of the ticket make: the history first, in order. */
    public static List<TicketChange> changesOf(Ticket ticket, List<TicketEvent> history, List<Message> messages) {
        var ref = new TicketRef(ticket.id(), ticket.number().value());
        return Stream.concat(history.stream().map(event -> published(ticket, ref, event)),
                        messages.stream().map(message -> new MessagePosted(ref, message.postedBy(), message.createdAt(),
                                message.id(), message.internal())))
                .toList();
    }

    private static TicketChange published(Ticket ticket, TicketRef ref, TicketEvent event) {
        var by = event.actorRef();
        return switch (event.kind()) {
            case CREATED -> new TicketOpened(ref, by, event.occurredAt(), ticket.requester().username(), ticket.channel());
            case ATTACHED -> new AttachmentAdded(ref, by, event.occurredAt(), event.newValue(),
                    event.message() == null ? null : event.message().id(), event.internal());
            case CONTACT -> new ContactLogged(ref, by, event.occurredAt(), event.contactId(),
                    event.field().equals(TicketField.CALL) ? Channel.PHONE : Channel.CHAT, event.internal());
            case CHANGED -> event.field().equals(TicketField.STATUS)
                    ? new StatusMoved(ref, by, event.occurredAt(), TicketStatus.valueOf(event.oldValue()), TicketStatus.valueOf(event.newValue()))
                    : new FieldChanged(ref, by, event.occurredAt(), event.field(), event.oldValue(), event.newValue());
        };
    }
}
