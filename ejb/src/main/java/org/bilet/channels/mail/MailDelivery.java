package org.bilet.channels.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.people.Roles;
import org.bilet.platform.Backoff;

/**
 * One attempt at one message, in a transaction of its own that claims the message's row: a
 * locking read that skips a row another sender holds ({@code FOR UPDATE SKIP LOCKED}), so two
 * threads, passes or nodes never send one message, and neither waits for the other. The outcome
 * (SENT, or the error and the next attempt's time) is written in the same transaction, right after
 * the SMTP server answered. Should the server die between the SMTP server's acceptance and the
 * commit, the message stays QUEUED and is sent again later with the same Message-ID: the one window
 * in which a recipient can get it twice (see docs/architecture.md, "Outgoing mail").
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    /** The row, if it is still due and no other sender holds it; MariaDB 10.6 and later skip locked rows. */
    private static final String CLAIM = """
            select id from outgoing_mail
            where id = ?1 and state = 'QUEUED' and next_attempt_at <= ?2
            for update skip locked""";

    public enum Outcome { SENT, WILL_RETRY, GAVE_UP, NOT_DUE }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailTransport transport;

    /** Ids of the messages of one sender's lane ({@code id mod lanes = lane}) due now, the longest waiting first. */
    public List<Long> due(int limit, int lane, int lanes) {
        return em.createNamedQuery(OutgoingMail.DUE_IN_LANE, Long.class)
                .setParameter("now", clock.instant())
                .setParameter("lane", lane)
                .setParameter("lanes", lanes)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Ids of the messages due now, the longest waiting first; claimed one by one by {@link #deliver}. */
    public List<Long> due(int limit) {
        return em.createNamedQuery(OutgoingMail.DUE, Long.class)
                .setParameter("now", clock.instant())
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Sends the message over {@code connection} (a sender's, kept open across its run of messages)
     * if it is due and not being sent by another; NOT_DUE otherwise.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome deliver(long mailId, SmtpConnection connection) {
        var claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, mailId)
                .setParameter(2, clock.instant())
                .getResultList();
        if (claimed.isEmpty()) {
            return Outcome.NOT_DUE;
        }
        var mail = em.find(OutgoingMail.class, mailId);
        try {
            connection.send(MimeComposer.compose(transport.session(), mail, transport.from()));
            mail.delivered(clock.instant());
            return Outcome.SENT;
        } catch (MessagingException | RuntimeException e) {
            // Recorded rather than thrown: a rollback would forget the attempt and retry it at once, forever.
            mail.attemptFailed(clock.instant(), describe(e), Backoff.STANDARD);
            LOG.log(Level.WARNING, () -> "Mail " + mail.messageId() + " (" + mail.purpose() + "), attempt failed: "
                    + mail.lastError() + (mail.state() == MailState.FAILED ? "; given up" : "; next at " + mail.nextAttemptAt()));
            return mail.state() == MailState.FAILED ? Outcome.GAVE_UP : Outcome.WILL_RETRY;
        }
    }

    /** The error and its causes in one line, as the delivery log keeps it. */
    static String describe(Throwable error) {
        var text = new StringBuilder();
        for (var cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(DraftCheck.oneLine(cause.getMessage()));
            }
        }
        return text.toString();
    }
}
