package org.bilet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilet.sla.SlaState;
import org.bilet.tickets.Channel;
import org.bilet.tickets.PersonRef;
import org.bilet.tickets.RichText;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class TicketFormTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final TicketDetails ticket = new TicketDetails("BIL-000123", "Printer jams", "It jams.", RichText.Format.TEXT,
            TicketStatus.OPEN, "NORMAL", "hardware.printer", Set.of("printer"), Channel.WEB, "en",
            new PersonRef("anna", "Anna Nowak"), "Finance", "service-desk", new PersonRef("piotr", "Piotr Kowalski"),
            false, null, null, null, Map.of("asset-tag", "PR-1"), NOW, NOW, null, null, null, NOW.plusSeconds(86400),
            null, null, NOW.plusSeconds(86400), SlaState.OK, "normal", null, 7);

    @Test
    void an_untouched_form_changes_nothing() {
        assertThat(new TicketForm(ticket, WARSAW).changes()).isEqualTo(TicketChanges.none());
    }

    @Test
    void only_the_fields_the_agent_changed_are_sent() {
        var form = new TicketForm(ticket, WARSAW);
        form.setPriority("HIGH");
        form.setTags(List.of("printer", "floor-3"));

        var changes = form.changes();

        assertThat(changes.priority()).isEqualTo("HIGH");
        assertThat(changes.tags()).containsExactlyInAnyOrder("printer", "floor-3");
        assertThat(changes.status()).isNull();
        assertThat(changes.category()).isNull();
        assertThat(changes.team()).isNull();
        assertThat(changes.assignee()).isNull();
        assertThat(changes.customFields()).isNull();
    }

    @Test
    void emptying_a_field_clears_it() {
        var form = new TicketForm(ticket, WARSAW);
        form.setAssignee("");
        form.setCategory(null);
        form.getCustomFields().put("asset-tag", " ");

        var changes = form.changes();

        assertThat(changes.assignee()).isEqualTo(Optional.empty());
        assertThat(changes.category()).isEqualTo(Optional.empty());
        assertThat(changes.customFields()).containsEntry("asset-tag", null);
    }

    @Test
    void the_resolution_note_goes_only_with_a_move_to_resolved_or_closed() {
        var form = new TicketForm(ticket, WARSAW);
        form.setResolution("Replaced the rollers.");
        assertThat(form.asksForNote()).isFalse();
        assertThat(form.changes().resolution()).isNull();

        form.setStatus(TicketStatus.RESOLVED);
        assertThat(form.asksForNote()).isTrue();
        assertThat(form.changes().resolution()).isEqualTo("Replaced the rollers.");

        form.setStatus(TicketStatus.CLOSED);
        assertThat(form.asksForNote()).as("closing an open ticket needs a closing note").isTrue();
        assertThat(form.changes().resolution()).isEqualTo("Replaced the rollers.");

        form.setStatus(TicketStatus.WAITING);
        assertThat(form.changes().resolution()).isNull();
    }

    @Test
    void a_snooze_time_is_read_in_the_agents_time_zone() {
        var form = new TicketForm(ticket, WARSAW);
        form.setStatus(TicketStatus.ON_HOLD);
        form.setSnoozeUntil(LocalDateTime.parse("2026-03-05T10:00"));

        assertThat(form.changes().snoozeUntil()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
    }
}
