package org.bilet.notifications;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.tickets.events.TicketChange;

/**
 * Hears ticket changes in their transaction, keeps those that notify someone, and once the
 * transaction has committed (never a rolled-back one) has them all turned into notifications in
 * one transaction of their own: an SLA pass that raises fifty alerts writes their notifications
 * together, and a change that notifies nobody costs no transaction at all. The change is done by
 * then: a notification that cannot be written is logged and given up, never reported to whoever
 * made the change.
 */
@ApplicationScoped
public class TicketNoticeObserver {

    private static final Logger LOG = Logger.getLogger(TicketNoticeObserver.class.getName());
    private static final String PENDING = TicketNoticeObserver.class.getName() + ".pending";

    @Inject
    TicketNotices notices;

    @Resource
    TransactionSynchronizationRegistry transaction;

    void changed(@Observes TicketChange change) {
        if (change.imported()) {
            return;
        }
        if (NotificationRules.noticeOf(change).isEmpty() && NotificationRules.watcherNoticeOf(change).isEmpty()) {
            return;
        }
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            tell(List.of(change));
        } else {
            pending().add(change);
        }
    }

    @SuppressWarnings("unchecked")
    private List<TicketChange> pending() {
        var pending = (List<TicketChange>) transaction.getResource(PENDING);
        if (pending == null) {
            var changes = new ArrayList<TicketChange>();
            transaction.putResource(PENDING, changes);
            transaction.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        tell(changes);
                    }
                }
            });
            pending = changes;
        }
        return pending;
    }

    /** All in one transaction; if that fails, one by one, so one bad notice costs only itself. */
    private void tell(List<TicketChange> changes) {
        try {
            notices.tellAll(changes);
        } catch (RuntimeException batchFailed) {
            for (var change : changes) {
                try {
                    notices.tell(change);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, e, () -> "No notification for " + change.getClass().getSimpleName() + " on "
                            + change.ticket().number() + " at " + change.at() + ": " + e);
                }
            }
        }
    }
}
