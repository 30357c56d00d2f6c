package org.bilet.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketRepository;

/**
 * Runs rules on a ticket in the caller's transaction. A firing rule is named in history first, then
 * its actions change the ticket as Bilet; what the run's rules changed is saved through the
 * repository, so every capability hears of it (routing assigns a ticket a rule put in a team). While a rule runs, the thread is
 * marked, and automation ignores the changes it hears then: a rule's change never triggers rules.
 */
@ApplicationScoped
public class RuleRunner {

    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    @Inject
    RuleCache cache;

    @Inject
    RuleActions actions;

    @Inject
    TicketRepository tickets;

    @Inject
    Actors actors;

    /** Whether the current thread is running a rule: what it hears now was made by a rule. */
    static boolean isRunning() {
        return Boolean.TRUE.equals(RUNNING.get());
    }

    /**
     * Runs the active rules with one of these triggers, in order, each whose conditions hold;
     * a fired rule that stops processing ends the run. What the fired rules changed is saved once,
     * as one unit, after the last: every capability hears of all of it together. Returns the keys
     * of the rules that fired.
     */
    List<String> run(Ticket ticket, Set<RuleTrigger.Type> triggers, String reply) {
        var fired = new ArrayList<String>();
        asRules(() -> {
            // Read when a rule first needs them (reading tags may cost a query), and again after a rule changed the ticket.
            TicketFacts facts = null;
            for (var rule : cache.active()) {
                if (!triggers.contains(rule.trigger().type())) {
                    continue;
                }
                if (facts == null) {
                    facts = TicketFacts.of(ticket, reply);
                }
                if (rule.holdsFor(facts)) {
                    perform(rule, ticket, reply);
                    fired.add(rule.key());
                    if (rule.stopProcessing()) {
                        break;
                    }
                    facts = null;
                }
            }
            if (!fired.isEmpty()) {
                tickets.saveChanges(ticket);
            }
        });
        return fired;
    }

    /** Fires the rule if its conditions hold for the ticket now; whether it fired. */
    boolean fire(CompiledRule rule, Ticket ticket, String reply) {
        if (!rule.holdsFor(TicketFacts.of(ticket, reply))) {
            return false;
        }
        asRules(() -> {
            perform(rule, ticket, reply);
            tickets.saveChanges(ticket);
        });
        return true;
    }

    /** Names the firing rule in history, then does what its actions say, as Bilet. */
    private void perform(CompiledRule rule, Ticket ticket, String reply) {
        var bilet = actors.system();
        ticket.recordRule(rule.key(), rule.name(), bilet);
        actions.apply(rule, ticket, reply, bilet);
    }

    /** Runs the work with the thread marked as running rules, so that automation ignores what it saves. */
    private static void asRules(Runnable work) {
        boolean outermost = !isRunning();
        RUNNING.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            if (outermost) {
                RUNNING.remove();
            }
        }
    }
}
