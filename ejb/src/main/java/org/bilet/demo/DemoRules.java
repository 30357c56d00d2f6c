package org.bilet.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.bilet.automation.Rule;
import org.bilet.automation.RuleDefinition;
import org.bilet.automation.RuleDefinition.Action;
import org.bilet.automation.RuleDefinition.Condition;
import org.bilet.automation.RuleDefinition.Trigger;

/**
 * A few automation rules to show what they do: classifying and routing VPN trouble that comes by
 * mail, telling the manager when an urgent IT ticket nobody answered is about to break its promise,
 * and (switched off) closing tickets resolved five days ago. Each is narrow enough to leave the
 * tickets people and tests open through the screens and the API as they are. The demo's past tickets were written without events, so these
 * rules exist without having fired on them.
 */
final class DemoRules {

    private final EntityManager em;

    DemoRules(EntityManager em) {
        this.em = em;
    }

    void create() {
        var rules = List.of(
                new RuleDefinition("vpn-mail-to-infrastructure", "VPN trouble by mail goes to IT Infrastructure", true, null,
                        new Trigger("CREATED", null, null),
                        List.of(new Condition("channel", "is", "EMAIL"), new Condition("category", "isEmpty", null),
                                new Condition("subject", "matches", "\\bvpn\\b")),
                        List.of(new Action("setCategory", "software.vpn", null), new Action("setPriority", "HIGH", null),
                                new Action("setTeam", "it-infra", null), new Action("addTag", "vpn", null)), false),
                new RuleDefinition("urgent-unanswered-warning", "Urgent and unanswered: tell the manager", true, null,
                        new Trigger("SLA_WARNING", null, null),
                        List.of(new Condition("team", "is", "it-infra"), new Condition("priority", "is", "URGENT"),
                                new Condition("answered", "is", "false")),
                        List.of(new Action("notifyUser", "manager", null),
                                new Action("addNote", "Urgent, unanswered and close to its SLA: the manager was told.", null)), false),
                // Off until an administrator switches it on: the SLA policies already close after seven days.
                new RuleDefinition("close-resolved-after-5-days", "Close service desk tickets resolved five days ago", false, null,
                        new Trigger("HOURS_IN_STATUS", 120, "RESOLVED"), List.of(new Condition("team", "is", "service-desk")),
                        List.of(new Action("close", null, null)), false));
        for (int i = 0; i < rules.size(); i++) {
            em.persist(Rule.shipped(rules.get(i), (i + 1) * 10));
        }
    }
}
