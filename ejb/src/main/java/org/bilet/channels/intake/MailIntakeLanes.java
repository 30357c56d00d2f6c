package org.bilet.channels.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.people.Roles;

/**
 * Takes in a lane of messages on a thread of its own: one sender's messages always share a lane
 * and go in the order they arrived, so an answer never overtakes the mail it answers, while other
 * senders' mail goes in beside it. Each message is still one transaction of {@link MailIntake}.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailIntakeLanes {

    private static final Logger LOG = Logger.getLogger(MailIntakeLanes.class.getName());

    @EJB
    MailIntake intake;

    /** What became of each message, in the lane's order. */
    @Asynchronous
    public Future<List<Outcome>> take(long mailboxId, List<byte[]> lane) {
        var outcomes = new ArrayList<Outcome>(lane.size());
        for (var raw : lane) {
            outcomes.add(takeOne(mailboxId, raw));
        }
        return new AsyncResult<>(outcomes);
    }

    private Outcome takeOne(long mailboxId, byte[] raw) {
        try {
            return intake.take(mailboxId, raw).outcome();
        } catch (AlreadyTaken stored) {
            return Outcome.DUPLICATE;
        } catch (RuntimeException refused) {
            LOG.log(Level.INFO, "A message in mailbox " + mailboxId + " could not be stored", refused);
            return intake.failed(mailboxId, raw, MailboxPoller.describe(refused)).outcome();
        }
    }
}
