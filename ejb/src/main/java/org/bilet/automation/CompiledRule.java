package org.bilet.automation;

import java.util.List;

/**
 * A rule ready to run: immutable, its conditions compiled, so the cache can hand it to any thread
 * and testing twenty rules on a new ticket costs no query.
 */
public record CompiledRule(Long id, String key, String name, RuleTrigger trigger, List<RuleCondition> conditions,
                           List<RuleAction> actions, boolean stopProcessing) {

    public CompiledRule {
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    static CompiledRule of(Rule rule) {
        return new CompiledRule(rule.id(), rule.key(), rule.name(), rule.trigger(),
                RuleJson.conditions(rule.storedConditions()).stream().map(RuleCondition::of).toList(),
                RuleJson.actions(rule.storedActions()).stream().map(RuleAction::of).toList(),
                rule.stopsProcessing());
    }

    /** Whether every condition holds (a rule without conditions holds for every ticket). */
    public boolean holdsFor(TicketFacts facts) {
        return conditions.stream().allMatch(c -> c.holds(facts));
    }
}
