package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.bilet.automation.AutomationRules;
import org.bilet.automation.RuleAction;
import org.bilet.automation.RuleCondition;
import org.bilet.automation.RuleDefinition;
import org.bilet.automation.RuleTest;
import org.bilet.tickets.TicketStatus;
import org.bilet.web.session.Refusals;

/**
 * /admin/rules: automation rules in the order they run (move up or down, switch on or off), one
 * form that creates a rule or edits the chosen one with rows of conditions and actions, and a dry
 * run of the rule as typed on a ticket. A refused save keeps what was typed, with each refusal at
 * its row's input.
 */
@Named
@ViewScoped
public class RulesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "rule";
    /** "conditions[2].value" → the input in row 2 of the conditions table. */
    private static final Pattern ROW_FIELD = Pattern.compile("(conditions|actions)\\[(\\d+)]\\.(\\w+)");

    @Inject
    AutomationRules rules;

    private List<RuleDefinition> all;
    private RuleDefinition editing;
    private String key;
    private String name;
    private boolean active;
    private boolean stopProcessing;
    private String triggerType;
    private Integer hours;
    private String status;
    private List<Row> conditions;
    private List<Row> actions;
    private String ticket;
    private RuleTest test;

    /** One row of the conditions (field, operator, value) or actions (type as field, value, custom field as extra). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String field;
        private String operator;
        private String value;

        Row(String field, String operator, String value) {
            this.field = field;
            this.operator = operator;
            this.value = value;
        }

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getOperator() {
            return operator;
        }

        public void setOperator(String operator) {
            this.operator = operator;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    @PostConstruct
    void init() {
        load();
        startNew();
    }

    private void load() {
        all = rules.rules();
    }

    public void startNew() {
        editing = null;
        key = null;
        name = null;
        active = true;
        stopProcessing = false;
        triggerType = "CREATED";
        hours = null;
        status = null;
        conditions = new ArrayList<>(List.of(new Row("subject", "contains", null)));
        actions = new ArrayList<>(List.of(new Row("setPriority", null, null)));
        test = null;
    }

    public void edit(String ruleKey) {
        all.stream().filter(r -> r.key().equals(ruleKey)).findFirst().ifPresent(r -> {
            editing = r;
            key = r.key();
            name = r.name();
            active = r.active();
            stopProcessing = r.stopProcessing();
            triggerType = r.trigger().type();
            hours = r.trigger().hours();
            status = r.trigger().status();
            conditions = new ArrayList<>(r.conditions().stream().map(c -> new Row(c.field(), c.operator(), c.value())).toList());
            actions = new ArrayList<>(r.actions().stream().map(a -> new Row(a.type(), a.field(), a.value())).toList());
            test = null;
        });
    }

    private RuleDefinition definition() {
        return new RuleDefinition(key, name, active, editing == null ? null : editing.position(),
                new RuleDefinition.Trigger(triggerType, isTimed() ? hours : null, "HOURS_IN_STATUS".equals(triggerType) ? status : null),
                conditions.stream().map(c -> new RuleDefinition.Condition(c.field, c.operator, c.value)).toList(),
                actions.stream().map(a -> new RuleDefinition.Action(a.field, a.value, a.operator)).toList(), stopProcessing);
    }

    public void save() {
        var definition = definition();
        var saved = refusals().attempt(() -> editing == null ? rules.create(definition) : rules.change(editing.key(), definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "rules.created" : "rules.saved", saved.name());
            load();
            edit(saved.key());
        }
    }

    public void delete() {
        if (refusals().attempt(() -> rules.delete(editing.key()))) {
            AdminPage.done("rules.deleted", editing.name());
            load();
            startNew();
        }
    }

    /** Tries the rule as typed (saved or not) on the ticket; nothing changes. */
    public void runTest() {
        test = refusals().attempt(() -> rules.test(definition(), ticket));
    }

    public void move(String ruleKey, int by) {
        var keys = new ArrayList<>(all.stream().map(RuleDefinition::key).toList());
        int from = keys.indexOf(ruleKey);
        int to = from + by;
        if (from < 0 || to < 0 || to >= keys.size()) {
            return;
        }
        keys.add(to, keys.remove(from));
        if (AdminPage.attempt("rules", () -> rules.reorder(keys)) != null) {
            load();
        }
    }

    public void toggle(String ruleKey) {
        all.stream().filter(r -> r.key().equals(ruleKey)).findFirst().ifPresent(r -> {
            var switched = new RuleDefinition(r.key(), r.name(), !r.active(), r.position(), r.trigger(), r.conditions(), r.actions(),
                    r.stopProcessing());
            if (AdminPage.attempt("rules", () -> rules.change(r.key(), switched)) != null) {
                load();
                if (editing != null && editing.key().equals(ruleKey)) {
                    edit(ruleKey);
                }
            }
        });
    }

    public void addCondition() {
        conditions.add(new Row("subject", "contains", null));
    }

    public void removeCondition(int index) {
        conditions.remove(index);
    }

    public void addAction() {
        actions.add(new Row("addTag", null, null));
    }

    public void removeAction(int index) {
        actions.remove(index);
    }

    /** A refusal at the input it names: the rule's own fields, a row's input, or above the form. */
    private Refusals refusals() {
        var separator = FacesContext.getCurrentInstance().getNamingContainerSeparatorChar();
        return Refusals.inForm(FORM).above(AdminPage.REFUSAL)
                .field("trigger.type", FORM + separator + "triggerType")
                .field("trigger.hours", FORM + separator + "hours")
                .field("trigger.status", FORM + separator + "status")
                .field("ticket", FORM + separator + "ticket")
                .fields(field -> {
                    var row = ROW_FIELD.matcher(field);
                    if (!row.matches()) {
                        return null;
                    }
                    // An action row keeps its type in "field" and the custom field it sets in "operator".
                    var input = !row.group(1).equals("actions") ? row.group(3) : switch (row.group(3)) {
                        case "type" -> "field";
                        case "field" -> "operator";
                        default -> row.group(3);
                    };
                    return FORM + separator + row.group(1) + separator + row.group(2) + separator + input;
                });
    }

    public boolean isTimed() {
        return "HOURS_SINCE_UPDATE".equals(triggerType) || "HOURS_IN_STATUS".equals(triggerType);
    }

    public List<String> getTriggerTypes() {
        return List.of("CREATED", "UPDATED", "REQUESTER_REPLIED", "SLA_WARNING", "SLA_BREACHED", "HOURS_SINCE_UPDATE", "HOURS_IN_STATUS");
    }

    public List<String> getConditionFields() {
        return List.of("subject", "body", "channel", "category", "priority", "team", "assignee", "organization", "status",
                "tags", "answered", "language");
    }

    public List<String> getOperators() {
        return Arrays.stream(RuleCondition.Operator.values()).map(RuleCondition.Operator::jsonName).toList();
    }

    public List<String> getActionTypes() {
        return Arrays.stream(RuleAction.Type.values()).map(RuleAction.Type::jsonName).toList();
    }

    public List<String> getStatuses() {
        return Arrays.stream(TicketStatus.values()).map(Enum::name).toList();
    }

    public List<RuleDefinition> getAll() {
        return all;
    }

    public RuleDefinition getEditing() {
        return editing;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isStopProcessing() {
        return stopProcessing;
    }

    public void setStopProcessing(boolean stopProcessing) {
        this.stopProcessing = stopProcessing;
    }

    public String getTriggerType() {
        return triggerType;
    }

    public void setTriggerType(String triggerType) {
        this.triggerType = triggerType;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public List<Row> getConditions() {
        return conditions;
    }

    public List<Row> getActions() {
        return actions;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }

    public RuleTest getTest() {
        return test;
    }
}
