package org.bilet.automation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import org.bilet.tickets.Message;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.events.ChangesSaved;
import org.bilet.tickets.events.MessagePosted;

/**
 * Runs the event-triggered rules in the transaction of the change, once per unit of work: it
 * hears each saved unit whole ({@link ChangesSaved}, after every observer of its single changes,
 * so SLA and routing have done their part), never what a rule changed, and runs each trigger at
 * most once per ticket and transaction, so two saves in one transaction do not run rules twice.
 */
@ApplicationScoped
public class AutomationObserver {

    private static final String RAN = AutomationObserver.class.getName() + ".ran";

    @Inject
    EntityManager em;

    @Inject
    RuleRunner runner;

    @Resource
    TransactionSynchronizationRegistry transaction;

    void saved(@Observes ChangesSaved saved) {
        if (RuleRunner.isRunning() || saved.imported()) {
            return;
        }
        var triggers = EventTriggers.of(saved.changes());
        triggers.removeIf(trigger -> !firstInTransaction(saved.ticket().id(), trigger));
        if (triggers.isEmpty()) {
            return;
        }
        var ticket = em.find(Ticket.class, saved.ticket().id());
        if (ticket != null) {
            runner.run(ticket, triggers, reply(saved));
        }
    }

    /** The requester's reply that triggered REQUESTER_REPLIED, which rules on the body read. */
    private String reply(ChangesSaved saved) {
        return saved.changes().stream()
                .filter(c -> c instanceof MessagePosted posted && !posted.internal() && !posted.by().staff())
                .map(c -> em.find(Message.class, ((MessagePosted) c).messageId()))
                .filter(m -> m != null)
                .map(Message::body)
                .reduce((first, last) -> last)
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private boolean firstInTransaction(long ticketId, RuleTrigger.Type trigger) {
        if (transaction.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return true;
        }
        var ran = (Set<String>) transaction.getResource(RAN);
        if (ran == null) {
            ran = new HashSet<>();
            transaction.putResource(RAN, ran);
        }
        return ran.add(ticketId + ":" + trigger);
    }
}
