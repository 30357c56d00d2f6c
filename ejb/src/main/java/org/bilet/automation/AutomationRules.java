package org.bilet.automation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.TicketRepository;

/**
 * Administration of automation rules: list, define, reorder, delete, and try a rule on a ticket
 * without changing it. Definitions are checked whole ({@link RuleCheck}) and every mistake is
 * reported with where it is ("actions[1].value"); each change is audited and empties the cache
 * of compiled rules once it commits.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AutomationRules {

    @Inject
    EntityManager em;

    @Inject
    RuleCheck check;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketRepository tickets;

    @Inject
    Event<RulesChanged> changed;

    /** Every rule, in the order they run. */
    public List<RuleDefinition> rules() {
        return all().stream().map(Rule::definition).toList();
    }

    public RuleDefinition rule(String key) {
        return existing(key).definition();
    }

    /** A new rule, at its position or after the others. */
    public RuleDefinition create(RuleDefinition definition) {
        var problems = new Problems();
        var checked = check.rule(definition, true, problems);
        if (definition != null && find(definition.key()).isPresent()) {
            problems.add("key", "There is already a rule with the key '" + definition.key() + "'.");
        }
        problems.throwIfAny();
        var rule = new Rule(definition.key().strip());
        checked.applyTo(rule);
        rule.placeAt(definition.position() != null ? definition.position()
                : all().stream().mapToInt(Rule::position).max().orElse(0) + 10);
        em.persist(rule);
        audit.record(AuditKind.RULE_CREATED, rule.key(), ChangeSummary.of().value("name", rule.name()).value("rule", describe(rule.definition())));
        changed.fire(new RulesChanged());
        return rule.definition();
    }

    public RuleDefinition change(String key, RuleDefinition definition) {
        var rule = existing(key);
        var problems = new Problems();
        var checked = check.rule(definition, false, problems);
        problems.throwIfAny();
        var before = rule.definition();
        checked.applyTo(rule);
        if (definition.position() != null) {
            rule.placeAt(definition.position());
        }
        var after = rule.definition();
        if (!before.equals(after)) {
            audit.record(AuditKind.RULE_CHANGED, key, ChangeSummary.of().change("name", before.name(), after.name())
                    .change("active", before.active(), after.active()).change("position", before.position(), after.position())
                    .change("rule", describe(before), describe(after)));
            changed.fire(new RulesChanged());
        }
        return after;
    }

    public void delete(String key) {
        var rule = existing(key);
        em.createQuery("delete from RuleFiring f where f.ruleId = :rule").setParameter("rule", rule.id()).executeUpdate();
        em.remove(rule);
        audit.record(AuditKind.RULE_DELETED, key, ChangeSummary.of().value("name", rule.name()).note("deleted"));
        changed.fire(new RulesChanged());
    }

    /** Puts the named rules first, in this order; the others follow in the order they had. */
    public List<RuleDefinition> reorder(List<String> keys) {
        if (keys == null) {
            throw InvalidInputException.of("keys", "Send the rules' keys in the order they should run.");
        }
        var problems = new Problems();
        var rules = all();
        var ordered = new ArrayList<Rule>();
        var seen = new HashSet<String>();
        for (int i = 0; i < keys.size(); i++) {
            var key = keys.get(i);
            var rule = rules.stream().filter(r -> r.key().equals(key)).findFirst();
            if (rule.isEmpty()) {
                problems.add("keys[" + i + "]", "There is no rule '" + key + "'.");
            } else if (!seen.add(key)) {
                problems.add("keys[" + i + "]", "The rule '" + key + "' is named twice.");
            } else {
                ordered.add(rule.get());
            }
        }
        problems.throwIfAny();
        rules.stream().filter(r -> !seen.contains(r.key())).forEach(ordered::add);
        var before = String.join(", ", rules.stream().map(Rule::key).toList());
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).placeAt((i + 1) * 10);
        }
        var after = String.join(", ", ordered.stream().map(Rule::key).toList());
        if (!before.equals(after)) {
            audit.record(AuditKind.RULE_CHANGED, "order", ChangeSummary.of().change("order", before, after));
            changed.fire(new RulesChanged());
        }
        return ordered.stream().map(Rule::definition).toList();
    }

    /** A dry run of a saved rule on a ticket. */
    public RuleTest test(String key, String ticket) {
        return test(existing(key).definition(), ticket);
    }

    /** A dry run of a rule as written (saved or not; key and name may be missing) on a ticket: nothing changes. */
    public RuleTest test(RuleDefinition definition, String ticket) {
        var problems = new Problems();
        if (ticket == null || ticket.isBlank()) {
            problems.add("ticket", "Name the ticket to try the rule on, such as BIL-000123.");
        }
        var checked = check.rule(definition, false, problems);
        problems.throwIfAny();
        var found = tickets.visibleTo(currentUser.get(), ticket);
        var facts = TicketFacts.of(found, null);
        var verdicts = checked.conditions().stream().map(c -> new RuleTest.Verdict(c.fieldName(), c.operator().jsonName,
                c.value(), c.actual(facts), c.holds(facts))).toList();
        var changes = checked.actions().stream().map(a -> a.plan(facts)).toList();
        em.detach(found);
        return new RuleTest(found.number().value(), checked.trigger().type().name(),
                verdicts.stream().allMatch(RuleTest.Verdict::holds), verdicts, changes);
    }

    /** A short text of the trigger, conditions and actions, for the audit. */
    private static String describe(RuleDefinition d) {
        var text = d.trigger().type() + (d.trigger().hours() == null ? "" : " " + d.trigger().hours() + " h")
                + (d.trigger().status() == null ? "" : " in " + d.trigger().status())
                + " if " + String.join(" and ", d.conditions().stream().map(c -> c.field() + " " + c.operator()
                + (c.value() == null ? "" : " " + c.value())).toList())
                + " then " + String.join(", ", d.actions().stream().map(a -> a.type()
                + (a.field() == null ? "" : " " + a.field()) + (a.value() == null ? "" : " " + a.value())).toList())
                + (Boolean.TRUE.equals(d.stopProcessing()) ? "; stop" : "");
        return text.length() > 800 ? text.substring(0, 800) + "…" : text;
    }

    private List<Rule> all() {
        return em.createNamedQuery(Rule.ALL, Rule.class).getResultList();
    }

    private Optional<Rule> find(String key) {
        return key == null ? Optional.empty()
                : em.createNamedQuery(Rule.BY_KEY, Rule.class).setParameter("key", key.strip()).getResultStream().findFirst();
    }

    private Rule existing(String key) {
        return find(key).orElseThrow(() -> new ResourceNotFoundException("There is no automation rule '" + key + "'."));
    }
}
