package org.bilet.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.HashMap;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.bilet.catalog.CatalogLookup;
import org.bilet.notifications.NotificationKind;
import org.bilet.notifications.Notifier;
import org.bilet.people.PeopleLookup;
import org.bilet.people.User;
import org.bilet.platform.BiletException;
import org.bilet.platform.Problems;
import org.bilet.tickets.Actor;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketStatus;

/**
 * Does what a firing rule's actions say, through the ticket's own methods with Bilet as the actor.
 * Only what the action's plan says changes is done. A name that no longer resolves (a team deleted
 * since the rule was saved) skips that action with a warning: a rule never fails a person's change.
 */
@ApplicationScoped
public class RuleActions {

    private static final Logger LOG = Logger.getLogger(RuleActions.class.getName());

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    @Inject
    Notifier notifier;

    void apply(CompiledRule rule, Ticket ticket, String reply, Actor bilet) {
        for (var action : rule.actions()) {
            if (!action.plan(TicketFacts.of(ticket, reply)).changes()) {
                continue;
            }
            try {
                perform(rule, action, ticket, bilet);
            } catch (BiletException e) {
                LOG.warning(() -> "Automation rule " + rule.key() + " skipped " + action.type() + " on " + ticket.number() + ": " + e.getMessage());
            }
        }
    }

    private void perform(CompiledRule rule, RuleAction action, Ticket ticket, Actor bilet) {
        var value = action.value();
        switch (action.type()) {
            case SET_CATEGORY -> found(rule, action, catalog.category(value)).ifPresent(c -> ticket.changeCategory(c, bilet));
            case SET_PRIORITY -> found(rule, action, catalog.priority(value)).ifPresent(p -> ticket.changePriority(p, bilet));
            case SET_TEAM -> found(rule, action, people.team(value)).ifPresent(t -> ticket.routeTo(t, bilet));
            case SET_ASSIGNEE -> found(rule, action, people.user(value)).ifPresent(u -> ticket.assignTo(u, bilet));
            case ADD_TAG -> {
                var tags = new TreeSet<>(ticket.tags());
                tags.add(value);
                ticket.retag(tags, bilet);
            }
            case REMOVE_TAG -> {
                var tags = new TreeSet<>(ticket.tags());
                tags.removeIf(tag -> tag.equalsIgnoreCase(value));
                ticket.retag(tags, bilet);
            }
            case SET_FIELD -> {
                var problems = new Problems();
                var values = new HashMap<String, String>();
                values.put(action.customKey(), value);
                var normalized = catalog.normalizeCustomValues(values, List.of(), problems);
                if (problems.isEmpty()) {
                    normalized.forEach((key, v) -> ticket.putCustomValue(key, v, bilet));
                } else {
                    LOG.warning(() -> "Automation rule " + rule.key() + " skipped setting " + action.customKey() + ": the value no longer fits the field");
                }
            }
            case ADD_NOTE -> ticket.post(value, true, bilet);
            case NOTIFY_USER -> found(rule, action, people.user(value))
                    .ifPresent(u -> notifier.notify(List.of(u), ticket, NotificationKind.RULE, List.of(rule.name())));
            case NOTIFY_TEAM -> found(rule, action, people.team(value))
                    .ifPresent(t -> notifier.notifyTeam(t, ticket, NotificationKind.RULE, List.of(rule.name())));
            case SET_STATUS -> ticket.moveTo(TicketStatus.valueOf(value), null, null, bilet);
            case CLOSE -> ticket.moveTo(TicketStatus.CLOSED, null, null, bilet);
        }
    }

    private static <T> Optional<T> found(CompiledRule rule, RuleAction action, Optional<T> found) {
        if (found.isEmpty()) {
            LOG.warning(() -> "Automation rule " + rule.key() + " skipped " + action.type() + ": there is no '" + action.value() + "' any more");
        }
        return found;
    }

    /** Who a rule may assign or tell: active staff, not Bilet itself. */
    static boolean isStaff(User user) {
        return user.active() && user.isStaff() && !user.isSystemAccount();
    }
}
