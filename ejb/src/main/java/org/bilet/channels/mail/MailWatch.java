package org.bilet.channels.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Sends mail as Bilet: what is due right after a transaction that queued mail committed
 * ({@link MailDispatch} calls {@link #sendDue} for the message's lane), and every minute whatever is due for a retry (or
 * was queued while the server stopped). Everything is in the outbox's rows, so the timer is not
 * persistent and a restart loses nothing. READ lock: a pass and hand-offs run side by side, the
 * row claim keeps them from sending one message twice.
 */
@Singleton
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWatch {

    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(MailWatch.class.getName());

    @EJB
    MailDelivery delivery;

    @Inject
    MailTransport transport;

    @EJB
    TimerTurns turns;

    /** What one pass did. */
    public record Pass(int sent, int failed, int skipped) {
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        if (!turns.take("mail-watch", Duration.ofMinutes(1))) {
            return;
        }
        var pass = pass();
        if (pass.sent() + pass.failed() > 0) {
            LOG.fine(() -> "Mail watch: " + pass);
        }
    }

    /**
     * One pass over what is due now, at most {@value #BATCH} messages over one SMTP connection; the
     * rest wait for the next.
     */
    public Pass pass() {
        return send(delivery.due(BATCH));
    }

    /**
     * Passes over one sender's lane ({@link MailDispatch}) one after the other until one finds less
     * than a full batch due: all that was due in the lane is done.
     */
    public void sendDue(int lane, int lanes) {
        Pass pass;
        do {
            pass = send(delivery.due(BATCH, lane, lanes));
        } while (pass.sent() + pass.failed() + pass.skipped() >= BATCH);
    }

    private Pass send(List<Long> due) {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        try (var connection = transport.connection()) {
            for (var id : due) {
                switch (deliver(id, connection)) {
                    case SENT -> sent++;
                    case WILL_RETRY, GAVE_UP -> failed++;
                    case NOT_DUE -> skipped++;
                }
            }
        }
        return new Pass(sent, failed, skipped);
    }

    private MailDelivery.Outcome deliver(long mailId, SmtpConnection connection) {
        try {
            return delivery.deliver(mailId, connection);
        } catch (RuntimeException e) {
            // The attempt's own transaction failed (the database, not SMTP): the message is still due.
            LOG.log(Level.WARNING, e, () -> "Mail " + mailId + ": attempt not recorded, retried next pass: " + e);
            return MailDelivery.Outcome.NOT_DUE;
        }
    }
}
