package org.bilet.tickets.conversations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import org.bilet.people.Roles;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Message;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.attachments.Attachment;
import org.bilet.tickets.attachments.StoredFile;

/**
 * Staff split a public message off into a new ticket for the same requester: its text becomes the
 * new ticket's description, its files are attached to the new ticket too (the same stored content),
 * and the two tickets are linked as related, with history on both. The message itself stays where
 * it was written. An internal note is refused: a ticket's description is public, and a note must
 * never reach the requester.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Splits {

    public static final int MAX_SUBJECT = 200;

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    @Inject
    LinkWork links;

    /** Splits message {@code messageId} of ticket {@code number} into a new ticket; answers the new ticket. */
    public TicketDetails split(@NotNull String number, long messageId, SplitRequest request) {
        var actor = actors.current();
        var source = tickets.lockedForChange(actor.user(), number);
        var message = em.find(Message.class, messageId);
        if (message == null || !message.ticket().id().equals(source.id())) {
            throw new ResourceNotFoundException("Ticket " + source.number() + " has no message " + messageId + ".");
        }
        if (message.internal()) {
            throw new BrokenRuleException("message",
                    "An internal note cannot be split: the new ticket's description would show it to the requester.");
        }
        var subject = request == null || request.subject() == null || request.subject().isBlank()
                ? source.subject() : request.subject().strip();
        if (subject.length() > MAX_SUBJECT) {
            throw InvalidInputException.of("subject", "The subject has " + MAX_SUBJECT + " characters at most.");
        }
        var opened = desk.open(NewTicket.of(subject, message.body()).forRequester(source.requester().username())
                .inLanguage(source.language()));
        var split = tickets.lockedForChange(actor.user(), opened.number());
        var files = em.createNamedQuery(Attachment.OF_TICKET, Attachment.class)
                .setParameter("ticket", source)
                .setParameter("withInternal", false)
                .getResultStream()
                .filter(file -> file.message() != null && file.message().id().equals(message.id()))
                .toList();
        for (var file : files) {
            em.persist(new Attachment(split, null, new StoredFile(file.sha256(), file.sizeBytes(), file.contentType()),
                    file.fileName(), actor.user(), actor.at()));
            split.recordAttachment(file.fileName(), null, actor);
        }
        source.splitInto(split, message, actor);
        links.link(source, LinkType.RELATED, split, actor);
        em.flush();
        return finder.find(split.number().value());
    }
}
