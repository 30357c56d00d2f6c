package org.bilet.automation;

import java.io.Serializable;
import java.util.List;

/**
 * A rule as administrators write it (and the API shows it): when it runs ({@code trigger}), what
 * must hold ({@code conditions}, all of them) and what it does ({@code actions}, in order). Rules
 * run by {@code position}; {@code stopProcessing} keeps the rules after this one from running
 * when it fired.
 */
public record RuleDefinition(
        String key,
        String name,
        Boolean active,
        Integer position,
        Trigger trigger,
        List<Condition> conditions,
        List<Action> actions,
        Boolean stopProcessing) implements Serializable {

    /**
     * {@code type}: CREATED, UPDATED, REQUESTER_REPLIED, SLA_WARNING, SLA_BREACHED, or the
     * time-based HOURS_SINCE_UPDATE and HOURS_IN_STATUS, which take {@code hours} (and the latter
     * a {@code status}).
     */
    public record Trigger(String type, Integer hours, String status) implements Serializable {
    }

    /** {@code field} (subject, channel, custom.&lt;key&gt;…), an {@code operator} (is, contains, matches…) and a value. */
    public record Condition(String field, String operator, String value) implements Serializable {
    }

    /** {@code type} (setPriority, addNote, notifyTeam…), its {@code value}, and for setField the custom {@code field}. */
    public record Action(String type, String value, String field) implements Serializable {
    }
}
