package org.bilet.channels.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;

/**
 * The administrators' view of the outbox: a page of messages, newest first, of one state or of
 * all (paged in the database by the indexes on (state, created_at) and (created_at)), with their
 * delivery log; and another try for a message that was given up.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    /** A page of messages, newest first; {@code state} null for all. */
    public Page<OutgoingMailInfo> page(MailState state,
                                       @Min(value = 0, message = "Pages start at 0.") int page,
                                       @Min(value = 1, message = "A page has at least 1 item.")
                                       @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            throw InvalidInputException.of("page", "There is no page " + page + ".");
        }
        var rows = em.createNamedQuery(state == null ? OutgoingMail.NEWEST : OutgoingMail.NEWEST_OF_STATE, OutgoingMail.class);
        var count = em.createNamedQuery(state == null ? OutgoingMail.COUNT : OutgoingMail.COUNT_OF_STATE, Long.class);
        if (state != null) {
            rows.setParameter("state", state);
            count.setParameter("state", state);
        }
        var mails = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(infos(mails), count.getSingleResult(), page, size);
    }

    /** Queues a FAILED message again, due now and with the whole backoff again; 409 for any other. */
    public OutgoingMailInfo retry(long id) {
        var mail = em.find(OutgoingMail.class, id);
        if (mail == null) {
            throw new ResourceNotFoundException("There is no outgoing message " + id + ".");
        }
        mail.retry(clock.instant());
        queued.fire(new MailQueued(mail.id()));
        return infos(List.of(mail)).get(0);
    }

    /** The page's files and attempts in one query each, without loading the files' bytes. */
    private List<OutgoingMailInfo> infos(List<OutgoingMail> mails) {
        if (mails.isEmpty()) {
            return List.of();
        }
        var ids = mails.stream().map(OutgoingMail::id).toList();
        var files = new HashMap<Long, List<OutgoingMailInfo.AttachmentInfo>>();
        for (var row : tuples(OutgoingMail.ATTACHMENTS_OF, ids)) {
            files.computeIfAbsent(row.get(0, Long.class), k -> new ArrayList<>()).add(new OutgoingMailInfo.AttachmentInfo(
                    row.get(1, String.class), row.get(2, String.class), row.get(3, Integer.class)));
        }
        var attempts = new HashMap<Long, List<OutgoingMailInfo.AttemptInfo>>();
        for (var row : tuples(OutgoingMail.DELIVERY_LOGS_OF, ids)) {
            attempts.computeIfAbsent(row.get(0, Long.class), k -> new ArrayList<>()).add(new OutgoingMailInfo.AttemptInfo(
                    row.get(1, Instant.class), row.get(2, String.class)));
        }
        return mails.stream().map(m -> info(m, files, attempts)).toList();
    }

    private List<Tuple> tuples(String namedQuery, List<Long> ids) {
        return em.createNamedQuery(namedQuery, Tuple.class).setParameter("ids", ids).getResultList();
    }

    private static OutgoingMailInfo info(OutgoingMail m, Map<Long, List<OutgoingMailInfo.AttachmentInfo>> files,
                                         Map<Long, List<OutgoingMailInfo.AttemptInfo>> attempts) {
        return new OutgoingMailInfo(m.id(), m.messageId(), m.purpose(), m.recipients(), m.subject(), m.state(),
                m.attempts(), m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt(),
                files.getOrDefault(m.id(), List.of()), attempts.getOrDefault(m.id(), List.of()));
    }
}
