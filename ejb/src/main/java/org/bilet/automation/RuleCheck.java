package org.bilet.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.bilet.catalog.CatalogLookup;
import org.bilet.people.PeopleLookup;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.tickets.Tags;
import org.bilet.tickets.TicketStatus;

/**
 * Checks a rule as an administrator wrote it: the shape of each part, and that every category,
 * priority, team, person, organization and custom field it names exists. Every problem is
 * recorded with where it is, in the terms of the JSON ("trigger.hours", "conditions[0].value").
 */
@ApplicationScoped
class RuleCheck {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Words of the API's paths after /api/admin/rules. */
    private static final Set<String> RESERVED = Set.of("order", "test");
    static final int MAX_PARTS = 30;
    static final int MAX_HOURS = 8760;

    @Inject
    EntityManager em;

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    /** A rule that passed the check. */
    record Checked(String name, boolean active, RuleTrigger trigger, List<RuleCondition> conditions,
                   List<RuleAction> actions, boolean stopProcessing) {

        void applyTo(Rule rule) {
            rule.redefine(name, active, trigger, conditions, actions, stopProcessing);
        }
    }

    /** {@code withKey}: the key is checked too (a new rule); otherwise the path names the rule. */
    Checked rule(RuleDefinition d, boolean withKey, Problems problems) {
        if (d == null) {
            throw InvalidInputException.of("rule", "Send the rule as a JSON object with key, name, trigger, conditions and actions.");
        }
        if (withKey && (d.key() == null || !KEY.matcher(d.key().strip()).matches() || RESERVED.contains(d.key().strip()))) {
            problems.add("key", "The key is 1 to 40 lowercase letters, digits and dashes, such as 'vpn-to-network' (not 'order' or 'test').");
        }
        String name = null;
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            problems.add("name", "Give a name of 1 to 100 characters.");
        } else {
            name = d.name().strip();
        }
        if (d.position() != null && (d.position() < 0 || d.position() > 100_000)) {
            problems.add("position", "The position orders the rules: a number from 0 to 100000.");
        }
        var trigger = trigger(d.trigger(), problems);
        var conditions = new ArrayList<RuleCondition>();
        var listed = d.conditions() == null ? List.<RuleDefinition.Condition>of() : d.conditions();
        if (listed.size() > MAX_PARTS) {
            problems.add("conditions", "A rule has " + MAX_PARTS + " conditions at most.");
        }
        for (int i = 0; i < listed.size() && i < MAX_PARTS; i++) {
            var at = "conditions[" + i + "].";
            try {
                var condition = RuleCondition.of(listed.get(i));
                checkNames(condition, at, problems);
                conditions.add(condition);
            } catch (RuleCondition.Refused e) {
                problems.add(at + e.part, e.getMessage());
            }
        }
        var actions = new ArrayList<RuleAction>();
        var wanted = d.actions() == null ? List.<RuleDefinition.Action>of() : d.actions();
        if (wanted.isEmpty()) {
            problems.add("actions", "A rule does something: give at least one action.");
        } else if (wanted.size() > MAX_PARTS) {
            problems.add("actions", "A rule has " + MAX_PARTS + " actions at most.");
        }
        for (int i = 0; i < wanted.size() && i < MAX_PARTS; i++) {
            var at = "actions[" + i + "].";
            try {
                var action = RuleAction.of(wanted.get(i));
                checkNames(action, at, problems);
                actions.add(action);
            } catch (RuleCondition.Refused e) {
                problems.add(at + e.part, e.getMessage());
            }
        }
        return new Checked(name, d.active() == null || d.active(), trigger, conditions, actions, Boolean.TRUE.equals(d.stopProcessing()));
    }

    private static RuleTrigger trigger(RuleDefinition.Trigger t, Problems problems) {
        if (t == null || t.type() == null || t.type().isBlank()) {
            problems.add("trigger.type", "Say when the rule runs: " + List.of(RuleTrigger.Type.values()) + ".");
            return null;
        }
        RuleTrigger.Type type;
        try {
            type = RuleTrigger.Type.valueOf(t.type().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("trigger.type", "'" + t.type() + "' is not a trigger; use one of " + List.of(RuleTrigger.Type.values()) + ".");
            return null;
        }
        if (!type.isTimed()) {
            if (t.hours() != null || t.status() != null) {
                problems.add(t.hours() != null ? "trigger.hours" : "trigger.status", "Only time-based triggers take hours and a status.");
            }
            return RuleTrigger.on(type);
        }
        if (t.hours() == null || t.hours() < 1 || t.hours() > MAX_HOURS) {
            problems.add("trigger.hours", "Give the hours after which the rule runs: 1 to " + MAX_HOURS + ".");
        }
        TicketStatus status = null;
        if (type == RuleTrigger.Type.HOURS_IN_STATUS) {
            try {
                status = TicketStatus.valueOf(t.status() == null ? "" : t.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("trigger.status", "Say which status the hours are counted in: " + List.of(TicketStatus.values()) + ".");
            }
        } else if (t.status() != null) {
            problems.add("trigger.status", "Only HOURS_IN_STATUS takes a status.");
        }
        boolean valid = t.hours() != null && t.hours() >= 1 && t.hours() <= MAX_HOURS
                && (type != RuleTrigger.Type.HOURS_IN_STATUS || status != null);
        return valid ? new RuleTrigger(type, t.hours(), status) : null;
    }

    private void checkNames(RuleCondition c, String at, Problems problems) {
        var value = c.value();
        switch (c.field()) {
            case CATEGORY -> exists(value, catalog.category(value), at + "value", "category", problems);
            case PRIORITY -> exists(value, catalog.priority(value), at + "value", "priority", problems);
            case TEAM -> exists(value, people.team(value), at + "value", "team", problems);
            case ASSIGNEE -> exists(value, people.user(value).filter(RuleActions::isStaff), at + "value", "active staff member", problems);
            case ORGANIZATION -> exists(value, people.organization(value), at + "value", "organization", problems);
            case CUSTOM -> {
                if (catalog.customFields().stream().noneMatch(f -> f.key().equals(c.customKey()))) {
                    problems.add(at + "field", "There is no custom field '" + c.customKey() + "'.");
                }
            }
            default -> { }
        }
    }

    private void checkNames(RuleAction a, String at, Problems problems) {
        var value = a.value();
        switch (a.type()) {
            case SET_CATEGORY -> exists(value, catalog.category(value), at + "value", "category", problems);
            case SET_PRIORITY -> exists(value, catalog.priority(value), at + "value", "priority", problems);
            case SET_TEAM, NOTIFY_TEAM -> exists(value, people.team(value), at + "value", "team", problems);
            case SET_ASSIGNEE, NOTIFY_USER -> exists(value, people.user(value).filter(RuleActions::isStaff), at + "value",
                    "active staff member", problems);
            case ADD_TAG, REMOVE_TAG -> {
                try {
                    Tags.normalize(List.of(value));
                } catch (InvalidInputException e) {
                    problems.add(at + "value", e.getMessage());
                }
            }
            case SET_FIELD -> {
                var values = new HashMap<String, String>();
                values.put(a.customKey(), value);
                var fieldProblems = new Problems();
                catalog.normalizeCustomValues(values, List.of(), fieldProblems);
                try {
                    fieldProblems.throwIfAny();
                } catch (InvalidInputException e) {
                    boolean unknown = catalog.customFields().stream().noneMatch(f -> f.key().equals(a.customKey()));
                    e.errors().forEach(error -> problems.add(at + (unknown ? "field" : "value"), error.message()));
                }
            }
            default -> { }
        }
    }

    private static <T> void exists(String name, Optional<T> found, String field, String noun, Problems problems) {
        if (name != null && found.isEmpty()) {
            problems.add(field, "There is no " + noun + " '" + name + "'.");
        }
    }


}
