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

    /** The same ticket after someone else changed it: one more version. */
    private TicketDetails changed(String priority, String team, Map<String, String> customFields) {
        return new TicketDetails(ticket.number(), ticket.subject(), ticket.description(), ticket.descriptionFormat(),
                ticket.status(), priority, ticket.category(), ticket.tags(), ticket.channel(), ticket.language(),
                ticket.requester(), ticket.organization(), team, ticket.assignee(), false, null, null, null, customFields,
                NOW, NOW.plusSeconds(60), null, null, null, ticket.dueAt(), null, null, ticket.resolutionDueAt(), SlaState.OK,
                "normal", null, ticket.version() + 1);
    }

    @Test
    void the_fields_changed_between_two_states_are_named_by_key() {
        var later = changed("HIGH", "service-desk", Map.of("asset-tag", "PR-2"));

        assertThat(TicketFields.changedBetween(ticket, later)).containsExactly("priority", "custom.asset-tag");
        assertThat(TicketFields.changedBetween(ticket, ticket)).isEmpty();
    }

    @Test
    void edits_to_other_fields_than_those_changed_meanwhile_do_not_clash_and_go_at_the_current_version() {
        var form = new TicketForm(ticket, WARSAW);
        form.setTeam("it-infra");
        var current = changed("HIGH", "service-desk", Map.of("asset-tag", "PR-1"));

        assertThat(form.clashesWith(current)).isEmpty();
        var rebased = form.rebasedOn(current, true);
        assertThat(rebased.loaded().version()).isEqualTo(current.version());
        assertThat(rebased.getPriority()).as("what changed meanwhile shows").isEqualTo("HIGH");
        assertThat(rebased.getTeam()).as("the agent's edit stays").isEqualTo("it-infra");
        assertThat(rebased.changes()).isEqualTo(TicketChanges.none().withTeam(Optional.of("it-infra")));
    }

    @Test
    void the_same_field_changed_to_another_value_is_a_clash_and_the_same_value_is_none() {
        var form = new TicketForm(ticket, WARSAW);
        form.setPriority("URGENT");
        form.getCustomFields().put("asset-tag", "PR-9");

        assertThat(form.clashesWith(changed("HIGH", "service-desk", Map.of("asset-tag", "PR-1")))).containsExactly("priority");
        assertThat(form.clashesWith(changed("URGENT", "service-desk", Map.of("asset-tag", "PR-7"))))
                .containsExactly("custom.asset-tag");
        var sameAsMine = changed("URGENT", "service-desk", Map.of("asset-tag", "PR-9"));
        assertThat(form.clashesWith(sameAsMine)).isEmpty();
        assertThat(form.rebasedOn(sameAsMine, true).isUnchanged()).as("nothing left to send").isTrue();
    }

    @Test
    void a_clashing_field_keeps_the_agents_value_in_a_draft_or_shows_the_current_one_after_a_refused_save() {
        var form = new TicketForm(ticket, WARSAW);
        form.setPriority("URGENT");
        form.setTags(List.of("printer", "jam"));
        var current = changed("HIGH", "service-desk", Map.of("asset-tag", "PR-1"));

        var draft = form.rebasedOn(current, true);
        assertThat(draft.getPriority()).isEqualTo("URGENT");
        assertThat(draft.edited()).containsExactly("priority", "tags");

        var refused = form.rebasedOn(current, false);
        assertThat(refused.getPriority()).isEqualTo("HIGH");
        assertThat(refused.getTags()).containsExactly("printer", "jam");
        assertThat(refused.edited()).containsExactly("tags");
    }

    @Test
    void an_untouched_form_follows_the_ticket_and_stays_unchanged() {
        var rebased = new TicketForm(ticket, WARSAW).rebasedOn(changed("LOW", null, Map.of()), true);

        assertThat(rebased.isUnchanged()).isTrue();
        assertThat(rebased.getPriority()).isEqualTo("LOW");
        assertThat(rebased.getTeam()).isNull();
    }

    @Test
    void a_resolution_being_written_stays_with_its_status() {
        var form = new TicketForm(ticket, WARSAW);
        form.setStatus(TicketStatus.RESOLVED);
        form.setResolution("Replaced the rollers.");

        var rebased = form.rebasedOn(changed("HIGH", "service-desk", Map.of("asset-tag", "PR-1")), true);

        assertThat(rebased.changes().status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(rebased.changes().resolution()).isEqualTo("Replaced the rollers.");
    }
}
