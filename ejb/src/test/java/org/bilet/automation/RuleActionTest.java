package org.bilet.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleActionTest {

    private static TicketFacts ticket(String status, String priority, Set<String> tags) {
        return new TicketFacts("WEB", "VPN", "body", List.of(), priority, null, null, List.of(), status, tags, Map.of(), null, false);
    }

    private static RuleAction action(String type, String value) {
        return RuleAction.of(new RuleDefinition.Action(type, value, null));
    }

    @Test
    void a_plan_says_what_changes_and_what_already_is() {
        var facts = ticket("NEW", "NORMAL", Set.of("vpn"));

        assertThat(List.of(action("setPriority", "HIGH"), action("setPriority", "NORMAL"), action("addTag", "Remote"),
                        action("addTag", "vpn"), action("removeTag", "vpn"), action("setTeam", "it-infra"))
                .stream().map(a -> a.plan(facts)).toList())
                .extracting(RuleAction.Planned::field, RuleAction.Planned::from, RuleAction.Planned::to, RuleAction.Planned::changes)
                .containsExactly(
                        tuple("priority", "NORMAL", "HIGH", true),
                        tuple("priority", "NORMAL", "NORMAL", false),
                        tuple("tags", "vpn", "remote, vpn", true),
                        tuple("tags", "vpn", "vpn", false),
                        tuple("tags", "vpn", "", true),
                        tuple("team", null, "it-infra", true));
    }

    @Test
    void status_moves_follow_the_state_machine_and_close_takes_only_resolved_tickets() {
        assertThat(action("close", null).plan(ticket("RESOLVED", "LOW", Set.of())).changes()).isTrue();
        assertThat(action("close", null).plan(ticket("OPEN", "LOW", Set.of())))
                .extracting(RuleAction.Planned::changes, RuleAction.Planned::note).containsExactly(false, "Only a RESOLVED ticket is closed.");
        assertThat(action("setStatus", "waiting").plan(ticket("OPEN", "LOW", Set.of())).changes()).isTrue();
        assertThat(action("setStatus", "OPEN").plan(ticket("CLOSED", "LOW", Set.of())).changes()).isFalse();
    }

    @Test
    void a_rule_cannot_resolve_or_close_by_status_nor_do_an_unknown_thing() {
        assertThatThrownBy(() -> action("setStatus", "RESOLVED")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e.part).isEqualTo("value"));
        assertThatThrownBy(() -> action("explode", "now")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e.part).isEqualTo("type"));
        assertThatThrownBy(() -> action("setPriority", null)).isInstanceOf(RuleCondition.Refused.class);
        assertThatThrownBy(() -> RuleAction.of(new RuleDefinition.Action("setField", "x", null)))
                .isInstanceOfSatisfying(RuleCondition.Refused.class, e -> assertThat(e.part).isEqualTo("field"));
    }
}
