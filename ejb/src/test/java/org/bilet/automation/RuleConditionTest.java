package org.bilet.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleConditionTest {

    private static final TicketFacts VPN_TICKET = new TicketFacts("EMAIL", "VPN drops every hour", "Since Monday the tunnel drops.",
            List.of("vpn", "network"), "NORMAL", "it-infra", null, List.of("Finance", "Acme"), "OPEN", Set.of("remote"),
            Map.of("asset", "LT-0042"), null, false);

    private static RuleCondition condition(String field, String operator, String value) {
        return RuleCondition.of(new RuleDefinition.Condition(field, operator, value));
    }

    @Test
    void texts_compare_ignoring_case() {
        assertThat(condition("subject", "contains", "vpn").holds(VPN_TICKET)).isTrue();
        assertThat(condition("subject", "notContains", "printer").holds(VPN_TICKET)).isTrue();
        assertThat(condition("body", "contains", "printer").holds(VPN_TICKET)).isFalse();
        assertThat(condition("subject", "matches", "^vpn\\s+drops").holds(VPN_TICKET)).isTrue();
    }

    @Test
    void a_category_or_organization_holds_for_what_lies_below_it() {
        assertThat(condition("category", "is", "network").holds(VPN_TICKET)).isTrue();
        assertThat(condition("category", "is", "hardware").holds(VPN_TICKET)).isFalse();
        assertThat(condition("organization", "is", "Acme").holds(VPN_TICKET)).isTrue();
        assertThat(condition("organization", "isNot", "Finance").holds(VPN_TICKET)).isFalse();
    }

    @Test
    void choices_tags_custom_fields_and_emptiness() {
        assertThat(condition("priority", "is", "NORMAL").holds(VPN_TICKET)).isTrue();
        assertThat(condition("channel", "is", "email").holds(VPN_TICKET)).isTrue();
        assertThat(condition("status", "isNot", "open").holds(VPN_TICKET)).isFalse();
        assertThat(condition("assignee", "isEmpty", null).holds(VPN_TICKET)).isTrue();
        assertThat(condition("team", "isSet", null).holds(VPN_TICKET)).isTrue();
        assertThat(condition("tags", "has", "Remote").holds(VPN_TICKET)).isTrue();
        assertThat(condition("tags", "hasNot", "remote").holds(VPN_TICKET)).isFalse();
        assertThat(condition("custom.asset", "contains", "0042").holds(VPN_TICKET)).isTrue();
        assertThat(condition("answered", "is", "false").holds(VPN_TICKET)).isTrue();
    }

    @Test
    void language_never_holds_until_tickets_know_theirs() {
        assertThat(condition("language", "is", "pl").holds(VPN_TICKET)).isFalse();
        assertThat(condition("language", "isNot", "pl").holds(VPN_TICKET)).as("not even its negation").isFalse();
    }

    @Test
    void a_catastrophic_regex_gives_up_instead_of_hanging() {
        var evil = condition("body", "matches", "^(a+)+$");
        var text = "a".repeat(5000) + "!";
        var facts = new TicketFacts("WEB", "s", text, List.of(), "NORMAL", null, null, List.of(), "NEW", Set.of(), Map.of(), null, false);

        long started = System.nanoTime();
        assertThat(evil.holds(facts)).isFalse();
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2_000);
    }

    @Test
    void a_mistake_names_the_part_that_is_wrong() {
        assertThatThrownBy(() -> condition("colour", "is", "red")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e.part).isEqualTo("field"));
        assertThatThrownBy(() -> condition("subject", "is", "x")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e.part).isEqualTo("operator"));
        assertThatThrownBy(() -> condition("subject", "matches", "(unclosed")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e).hasMessageContaining("not a valid regular expression"));
        assertThatThrownBy(() -> condition("subject", "matches", "a".repeat(201))).isInstanceOf(RuleCondition.Refused.class);
        assertThatThrownBy(() -> condition("channel", "is", "PIGEON")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e.part).isEqualTo("value"));
        assertThatThrownBy(() -> condition("priority", "is", " ")).isInstanceOfSatisfying(RuleCondition.Refused.class,
                e -> assertThat(e.part).isEqualTo("value"));
    }
}
