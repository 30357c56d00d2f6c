package org.bilet.automation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.bilet.tickets.TicketStatus;

/**
 * One action of a rule, checked when saved. {@link #plan} says, without the database, what it would
 * change on a ticket: the dry run shows that, and the runner does only what the plan says changes.
 */
public record RuleAction(Type type, String value, String customKey) {

    public enum Type {
        SET_CATEGORY("setCategory"), SET_PRIORITY("setPriority"), SET_TEAM("setTeam"), SET_ASSIGNEE("setAssignee"),
        ADD_TAG("addTag"), REMOVE_TAG("removeTag"), SET_FIELD("setField"), ADD_NOTE("addNote"),
        NOTIFY_USER("notifyUser"), NOTIFY_TEAM("notifyTeam"), SET_STATUS("setStatus"),
        /** Closes a RESOLVED ticket, keeping its resolution; does nothing to others. */
        CLOSE("close");

        final String jsonName;

        Type(String jsonName) {
            this.jsonName = jsonName;
        }

        /** As rules in the API and the screen write it ("setPriority"). */
        public String jsonName() {
            return jsonName;
        }
    }

    /** The statuses a rule may move a ticket to: resolving needs a person's note, closing is {@link Type#CLOSE}. */
    static final Set<TicketStatus> SETTABLE = EnumSet.of(TicketStatus.OPEN, TicketStatus.WAITING, TicketStatus.ON_HOLD);

    static final int MAX_NOTE = 5000;

    /** What an action would do to a ticket: a field from one value to another, or nothing ({@code changes} false, and why). */
    public record Planned(String action, String field, String from, String to, boolean changes, String note) implements Serializable {
    }

    /** The action a definition describes; {@link RuleCondition.Refused} naming the part that is wrong. */
    static RuleAction of(RuleDefinition.Action d) {
        if (d == null) {
            throw new RuleCondition.Refused("type", "Give the type and value of the action.");
        }
        var name = d.type() == null ? "" : d.type().strip();
        var type = Arrays.stream(Type.values()).filter(t -> t.jsonName.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new RuleCondition.Refused("type", "'" + name + "' is not an action rules know; use one of "
                        + String.join(", ", Arrays.stream(Type.values()).map(t -> t.jsonName).toList()) + "."));
        var value = d.value() == null || d.value().isBlank() ? null : d.value().strip();
        if (type == Type.CLOSE) {
            return new RuleAction(type, null, null);
        }
        if (value == null && type != Type.SET_FIELD) {
            throw new RuleCondition.Refused("value", "Say what " + type.jsonName + " sets, adds or tells.");
        }
        int max = type == Type.ADD_NOTE ? MAX_NOTE : 200;
        if (value != null && value.length() > max) {
            throw new RuleCondition.Refused("value", "The value of " + type.jsonName + " has " + max + " characters at most.");
        }
        String customKey = null;
        if (type == Type.SET_FIELD) {
            customKey = d.field() == null || d.field().isBlank() ? null : d.field().strip();
            if (customKey == null) {
                throw new RuleCondition.Refused("field", "Name the custom field to set.");
            }
        }
        if (type == Type.SET_STATUS) {
            try {
                var status = TicketStatus.valueOf(value.toUpperCase(Locale.ROOT));
                if (!SETTABLE.contains(status)) {
                    throw new IllegalArgumentException();
                }
                value = status.name();
            } catch (IllegalArgumentException e) {
                throw new RuleCondition.Refused("value", "A rule moves tickets to " + SETTABLE
                        + "; resolving needs a person's note, and 'close' closes resolved tickets.");
            }
        }
        return new RuleAction(type, value, customKey);
    }

    RuleDefinition.Action definition() {
        return new RuleDefinition.Action(type.jsonName, value, customKey);
    }

    /** What this action would change on a ticket with these facts. */
    public Planned plan(TicketFacts t) {
        return switch (type) {
            case SET_CATEGORY -> set("category", t.categories().isEmpty() ? null : t.categories().get(0));
            case SET_PRIORITY -> set("priority", t.priority());
            case SET_TEAM -> set("team", t.team());
            case SET_ASSIGNEE -> set("assignee", t.assignee());
            case SET_FIELD -> set("custom." + customKey, t.customValues().get(customKey));
            case ADD_TAG, REMOVE_TAG -> retag(t.tags());
            case ADD_NOTE -> new Planned(type.jsonName, "note", null, value, true, null);
            case NOTIFY_USER, NOTIFY_TEAM -> new Planned(type.jsonName, "notification", null, value, true, null);
            case SET_STATUS -> move(t.status(), TicketStatus.valueOf(value));
            case CLOSE -> TicketStatus.RESOLVED.name().equals(t.status())
                    ? new Planned(type.jsonName, "status", t.status(), TicketStatus.CLOSED.name(), true, null)
                    : new Planned(type.jsonName, "status", t.status(), t.status(), false, "Only a RESOLVED ticket is closed.");
        };
    }

    private Planned set(String field, String current) {
        boolean changes = !Objects.equals(current, value);
        return new Planned(type.jsonName, field, current, value, changes, changes ? null : "Already " + (value == null ? "empty" : value) + ".");
    }

    private Planned retag(Set<String> tags) {
        var after = new TreeSet<>(tags);
        boolean changes = type == Type.ADD_TAG ? after.add(value.toLowerCase(Locale.ROOT))
                : after.removeIf(tag -> tag.equalsIgnoreCase(value));
        return new Planned(type.jsonName, "tags", String.join(", ", tags), String.join(", ", after), changes,
                changes ? null : type == Type.ADD_TAG ? "Already tagged." : "Not tagged.");
    }

    private Planned move(String current, TicketStatus target) {
        var from = TicketStatus.valueOf(current);
        boolean changes = from != target && from.canMoveTo(target);
        return new Planned(type.jsonName, "status", current, target.name(), changes,
                changes ? null : from == target ? "Already " + target + "." : "A " + from + " ticket cannot move to " + target + ".");
    }
}
