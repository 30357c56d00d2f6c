package org.bilet.automation;

import java.io.Serializable;
import java.util.List;

/**
 * A dry run of a rule on a ticket: each condition's verdict with what the ticket has, whether they
 * all hold, and what each action would change (each as if it came first). Nothing is changed.
 */
public record RuleTest(String ticket, String trigger, boolean matches, List<Verdict> conditions,
                       List<RuleAction.Planned> changes) implements Serializable {

    public record Verdict(String field, String operator, String value, String actual, boolean holds) implements Serializable {
    }
}
