package org.bilet.tickets.conversations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bilet.notifications.NotificationKind;
import org.bilet.notifications.Notifier;
import org.bilet.people.PeopleLookup;
import org.bilet.people.User;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Message;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.events.MessagePosted;

/**
 * @mentions in internal notes: in the note's transaction, the active staff it names (never the
 * author, never requesters, never Bilet) are recorded in the ticket's history as the note's
 * (internal) event and told in-app, both committing with the note. Public replies mention nobody:
 * a name typed there tells no one and is recorded nowhere, so nothing of the desk leaks through them.
 */
@ApplicationScoped
public class Mentions {

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    TicketRepository tickets;

    @Inject
    Notifier notifier;

    void posted(@Observes MessagePosted posted) {
        if (!posted.internal() || posted.imported() || posted.by().system()) {
            return;
        }
        var note = em.find(Message.class, posted.messageId());
        if (note == null) {
            return;
        }
        var mentioned = MentionNames.in(note.bodyText()).stream()
                .map(people::user)
                .flatMap(java.util.Optional::stream)
                .filter(user -> user.isStaff() && user.active() && !user.isSystemAccount())
                .filter(user -> !user.equals(note.author()))
                .distinct()
                .toList();
        if (mentioned.isEmpty()) {
            return;
        }
        var ticket = note.ticket();
        var actor = new Actor(note.author(), posted.by().channel(), null, posted.at());
        ticket.recordMentions(note, mentioned.stream().map(User::username).toList(), actor);
        tickets.saveChanges(ticket);
        notifier.notify(mentioned, ticket, NotificationKind.MENTIONED, List.of(note.author().displayName()), note.id());
    }
}
