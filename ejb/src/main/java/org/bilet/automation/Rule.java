package org.bilet.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import org.bilet.tickets.TicketStatus;

/**
 * An automation rule as administered: its trigger, conditions and actions, and where it stands in
 * the order rules run. Conditions and actions are stored as checked JSON (see {@link RuleJson});
 * the runner works on the compiled {@link CompiledRule}, never on this entity.
 */
@Entity
@Table(name = "automation_rule")
@NamedQuery(name = Rule.ALL, query = "select r from Rule r order by r.position, r.id")
@NamedQuery(name = Rule.BY_KEY, query = "select r from Rule r where r.key = :key")
public class Rule {

    public static final String ALL = "Rule.all";
    public static final String BY_KEY = "Rule.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_key")
    private String key;

    private String name;
    private boolean active;
    private int position;

    @Enumerated(EnumType.STRING)
    private RuleTrigger.Type triggerType;
    private Integer triggerHours;

    @Enumerated(EnumType.STRING)
    private TicketStatus triggerStatus;

    private String conditions;
    private String actions;
    private boolean stopProcessing;

    @Version
    private long version;

    protected Rule() {
    }

    public Rule(String key) {
        this.key = Objects.requireNonNull(key);
    }

    /**
     * A rule from a definition Bilet ships itself (the demo): its shape is checked and compiled, but
     * the names it uses are taken as existing; administrators' rules go through {@link AutomationRules}.
     */
    public static Rule shipped(RuleDefinition d, int position) {
        var rule = new Rule(d.key());
        var t = d.trigger();
        rule.redefine(d.name(), !Boolean.FALSE.equals(d.active()),
                new RuleTrigger(RuleTrigger.Type.valueOf(t.type()), t.hours(), t.status() == null ? null : TicketStatus.valueOf(t.status())),
                d.conditions().stream().map(RuleCondition::of).toList(), d.actions().stream().map(RuleAction::of).toList(),
                Boolean.TRUE.equals(d.stopProcessing()));
        rule.placeAt(position);
        return rule;
    }

    /** Takes a checked definition whole. */
    void redefine(String newName, boolean isActive, RuleTrigger trigger, List<RuleCondition> newConditions,
                  List<RuleAction> newActions, boolean stops) {
        name = Objects.requireNonNull(newName);
        active = isActive;
        triggerType = trigger.type();
        triggerHours = trigger.hours();
        triggerStatus = trigger.status();
        conditions = RuleJson.conditions(newConditions);
        actions = RuleJson.actions(newActions);
        stopProcessing = stops;
    }

    void placeAt(int newPosition) {
        position = newPosition;
    }

    public RuleDefinition definition() {
        return new RuleDefinition(key, name, active, position,
                new RuleDefinition.Trigger(triggerType.name(), triggerHours, triggerStatus == null ? null : triggerStatus.name()),
                RuleJson.conditions(conditions), RuleJson.actions(actions), stopProcessing);
    }

    RuleTrigger trigger() {
        return new RuleTrigger(triggerType, triggerHours, triggerStatus);
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public int position() {
        return position;
    }

    String storedConditions() {
        return conditions;
    }

    String storedActions() {
        return actions;
    }

    public boolean stopsProcessing() {
        return stopProcessing;
    }
}
