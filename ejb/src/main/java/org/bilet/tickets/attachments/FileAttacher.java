package org.bilet.tickets.attachments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Message;
import org.bilet.tickets.Ticket;

/**
 * Attaches staged files to a ticket (or one of its messages) inside the caller's transaction: the
 * attachment rows and the ticket's history, saved with whatever else the caller changes.
 */
@Dependent
public class FileAttacher {

    @Inject
    EntityManager em;

    /** Attaches each file; the caller saves the ticket's changes afterwards. */
    public List<Attachment> attach(Ticket ticket, Message message, List<StagedFile> files, Actor by) {
        return files.stream().map(file -> {
            var attachment = new Attachment(ticket, message, file.stored(), file.name(), by.user(), by.at());
            ticket.recordAttachment(file.name(), message, by);
            em.persist(attachment);
            return attachment;
        }).toList();
    }
}
