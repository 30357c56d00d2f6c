package org.bilet.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.TicketChange;

/**
 * Hears ticket changes once they have committed (never a rolled-back one) and has them turned into
 * notifications. The change is done by then: a notification that cannot be written is logged and
 * given up, never reported to whoever made the change.
 */
@ApplicationScoped
public class TicketNoticeObserver {

    private static final Logger LOG = Logger.getLogger(TicketNoticeObserver.class.getName());

    @Inject
    TicketNotices notices;

    void fieldChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) FieldChanged change) {
        tell(change);
    }

    void messagePosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessagePosted change) {
        tell(change);
    }

    private void tell(TicketChange change) {
        try {
            notices.tell(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "No notification for " + change.getClass().getSimpleName() + " on "
                    + change.ticket().number() + " at " + change.at() + ": " + e);
        }
    }
}
