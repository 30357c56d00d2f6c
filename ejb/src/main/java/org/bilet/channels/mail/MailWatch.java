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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Sends mail as Bilet: each message right after the transaction that queued it committed
 * ({@link MailDispatch} calls {@link #deliver}), and every minute whatever is due for a retry (or
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

    /** What one pass did. */
    public record Pass(int sent, int failed, int skipped) {
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        var pass = pass();
        if (pass.sent() + pass.failed() > 0) {
            LOG.fine(() -> "Mail watch: " + pass);
        }
    }

    /** One pass over what is due now, at most {@value #BATCH} messages; the rest wait for the next. */
    public Pass pass() {
        int sent = 0;
        int failed = 0;
        int skipped = 0;
        for (var id : delivery.due(BATCH)) {
            switch (deliver(id)) {
                case SENT -> sent++;
                case WILL_RETRY, GAVE_UP -> failed++;
                case NOT_DUE -> skipped++;
            }
        }
        return new Pass(sent, failed, skipped);
    }

    /** One message now, if it is due and nobody else is sending it. */
    public MailDelivery.Outcome deliver(long mailId) {
        try {
            return delivery.deliver(mailId);
        } catch (RuntimeException e) {
            // The attempt's own transaction failed (the database, not SMTP): the message is still due.
            LOG.log(Level.WARNING, e, () -> "Mail " + mailId + ": attempt not recorded, retried next pass: " + e);
            return MailDelivery.Outcome.NOT_DUE;
        }
    }
}
