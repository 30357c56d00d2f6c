package org.bilet.automation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.Ticket;

/**
 * The time-based rules' work: which tickets are due (by index, oldest first, paged by the last one
 * seen) and firing a rule on one ticket in its own transaction with the row locked, checking again
 * under the lock that it is due and has not fired in this cycle.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class TimedRuleDuties {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RuleCache cache;

    @Inject
    RuleRunner runner;

    /** Where a page of candidates ended: the time and id of its last ticket. */
    public record Seen(Instant at, long id) {
        static final Seen START = new Seen(Instant.EPOCH, 0);
    }

    public List<CompiledRule> timedRules() {
        return cache.active().stream().filter(r -> r.trigger().isTimed()).toList();
    }

    /** Tickets the rule is due for at {@code now}, after {@code after}, at most {@code limit}; not yet fired in their cycle. */
    public List<Seen> due(CompiledRule rule, Instant now, Seen after, int limit) {
        var trigger = rule.trigger();
        var query = switch (trigger.type()) {
            case HOURS_SINCE_UPDATE -> em.createQuery("""
                    select t.updatedAt, t.id from Ticket t
                    where t.unresolved = true and t.updatedAt <= :cutoff
                      and (t.updatedAt > :afterAt or (t.updatedAt = :afterAt and t.id > :afterId))
                      and not exists (select f.id from RuleFiring f where f.ruleId = :rule and f.ticketId = t.id)
                    order by t.updatedAt, t.id""", Object[].class);
            case HOURS_IN_STATUS -> em.createQuery("""
                    select t.statusSince, t.id from Ticket t
                    where t.status = :status and t.statusSince <= :cutoff
                      and (t.statusSince > :afterAt or (t.statusSince = :afterAt and t.id > :afterId))
                      and not exists (select f.id from RuleFiring f
                                      where f.ruleId = :rule and f.ticketId = t.id and f.cycleStart = t.statusSince)
                    order by t.statusSince, t.id""", Object[].class)
                    .setParameter("status", trigger.status());
            default -> throw new IllegalArgumentException(rule.key() + " is not a time-based rule");
        };
        return query.setParameter("cutoff", trigger.cutoff(now))
                .setParameter("afterAt", after.at())
                .setParameter("afterId", after.id())
                .setParameter("rule", rule.id())
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> new Seen((Instant) row[0], (Long) row[1]))
                .toList();
    }

    /** Fires the rule on the ticket if it is still due, not fired in this cycle, and its conditions hold. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fire(Long ruleId, Long ticketId) {
        var rule = cache.rule(ruleId).orElse(null);
        var ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (rule == null || ticket == null || !rule.trigger().isDue(ticket, now)) {
            return false;
        }
        var cycle = rule.trigger().cycleOf(ticket);
        long fired = em.createQuery("""
                        select count(f) from RuleFiring f where f.ruleId = :rule and f.ticketId = :ticket and f.cycleStart = :cycle""", Long.class)
                .setParameter("rule", ruleId).setParameter("ticket", ticketId).setParameter("cycle", cycle)
                .getSingleResult();
        if (fired > 0 || !runner.fire(rule, ticket, null)) {
            return false;
        }
        em.persist(new RuleFiring(ruleId, ticketId, cycle, now));
        return true;
    }
}
