package org.bilet.tickets.attachments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.io.InputStream;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Settings;
import org.bilet.people.User;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Message;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketVisibility;

/** Attaches files to tickets and hands them out again to those who may see the ticket. */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.SYSTEM})
public class TicketAttachments {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    AttachmentStore store;

    @Inject
    Settings settings;

    @Inject
    FileAttacher attacher;

    /** Attaches a file to the ticket, or to one of its messages when {@code messageId} is given. */
    public AttachmentInfo attach(@NotNull String number, Long messageId, String fileName, @NotNull InputStream content) {
        var name = cleanFileName(fileName);
        var actor = actors.current();
        tickets.checkVisible(actor.user(), number);
        // Stream the upload before locking the ticket, so a slow client holds no lock.
        var staged = new StagedFile(name, store.store(content, name));
        var ticket = tickets.lockedForChange(actor.user(), number);
        var message = messageId == null ? null : messageOf(ticket, messageId, actor.user());
        var attachment = attacher.attach(ticket, message, List.of(staged), actor).get(0);
        tickets.saveChanges(ticket);
        return AttachmentInfo.of(attachment);
    }

    /**
     * Streams a file into the store for a reply or ticket still being written, outside any
     * transaction; the {@code TicketDesk} call that sends it attaches it. A file over the limit is
     * refused as it arrives.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public StagedFile stage(String fileName, @NotNull InputStream content) {
        var name = cleanFileName(fileName);
        return new StagedFile(name, store.store(content, name));
    }

    /** The largest file accepted, in bytes: forms say so, and check before they open anything. */
    public long maxBytes() {
        return settings.attachmentMaxBytes();
    }

    public List<AttachmentInfo> list(@NotNull String number) {
        var viewer = actors.currentUser();
        var ticket = tickets.visibleTo(viewer, number);
        return em.createNamedQuery(Attachment.OF_TICKET, Attachment.class)
                .setParameter("ticket", ticket)
                .setParameter("withInternal", TicketVisibility.of(viewer).seesInternal())
                .getResultStream().map(AttachmentInfo::of).toList();
    }

    public AttachmentContent open(@NotNull String number, long attachmentId) {
        var viewer = actors.currentUser();
        var ticket = tickets.visibleTo(viewer, number);
        var attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.ticket().id().equals(ticket.id()) || !attachment.isVisibleTo(viewer)) {
            throw new ResourceNotFoundException("Ticket " + number + " has no attachment " + attachmentId + ".");
        }
        return new AttachmentContent(AttachmentInfo.of(attachment), store.pathOf(attachment.sha256()));
    }

    /** A message of this ticket that the user may see; an internal note is unknown to requesters. */
    private Message messageOf(Ticket ticket, long messageId, User viewer) {
        var message = em.find(Message.class, messageId);
        if (message == null || !message.ticket().id().equals(ticket.id())
                || (message.internal() && !TicketVisibility.of(viewer).seesInternal())) {
            throw InvalidInputException.of("message", "Ticket " + ticket.number() + " has no message " + messageId + ".");
        }
        return message;
    }

    /** Keeps only the last path segment and refuses names that cannot be a file name. */
    static String cleanFileName(String fileName) {
        var name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 255
                || name.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of("fileName", "Give the attachment a file name of up to 255 characters.");
        }
        return name;
    }
}
