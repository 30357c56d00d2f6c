package org.bilet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    @Test
    void lists_only_what_differs_as_old_to_new() {
        var summary = ChangeSummary.of()
                .change("name", "Printers", "Printing")
                .change("team", "service-desk", "service-desk")
                .change("parent", null, "hardware");

        assertThat(summary).hasToString("name: Printers → Printing; parent: none → hardware");
    }

    @Test
    void an_edit_that_changes_nothing_is_empty() {
        assertThat(ChangeSummary.of().change("rank", 3, 3).change("e-mail", null, null).isEmpty()).isTrue();
    }

    @Test
    void collections_compare_as_sorted_sets_so_order_alone_is_no_change() {
        assertThat(ChangeSummary.of().change("roles", List.of("MANAGER", "AGENT"), Set.of("AGENT", "MANAGER")).isEmpty()).isTrue();
        assertThat(ChangeSummary.of().change("roles", Set.of("AGENT"), List.of("MANAGER", "AGENT")))
                .hasToString("roles: AGENT → AGENT, MANAGER");
    }

    @Test
    void flags_read_as_yes_and_no_and_blanks_as_none() {
        assertThat(ChangeSummary.of().change("active", true, false).value("e-mail", " ").value("fields", List.of()))
                .hasToString("active: yes → no; e-mail: none; fields: none");
    }

    @Test
    void an_entry_clips_a_summary_longer_than_its_column() {
        var clipped = AuditEntry.clip("x".repeat(3000), AuditEntry.MAX_SUMMARY_LENGTH);

        assertThat(clipped).hasSize(AuditEntry.MAX_SUMMARY_LENGTH).endsWith("…");
    }
}
