package org.bilet.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.bilet.sla.SlaTestData.WARSAW;
import static org.bilet.sla.SlaTestData.at;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.bilet.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

/**
 * A ticket's promises through its life, in the Warsaw office's hours (Monday to Friday 08:00-16:00,
 * Easter Monday closed): first response 2 h, next response 4 h, resolution 16 h (two business days).
 */
class TicketSlaTest {

    private static final SlaCalendar OFFICE = new SlaCalendar("warsaw", "Warsaw office", WARSAW,
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).stream()
                    .map(d -> new WeeklyHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0))).toList(),
            List.of(new Holiday(LocalDate.of(2026, 4, 6), "Easter Monday")));

    private final SlaPolicy normal = policy("normal", 120, 240, 960);
    private final SlaPolicy urgent = policy("urgent", 30, 60, 240);
    private final TicketSla sla = new TicketSla();

    private static SlaPolicy policy(String key, int first, int next, int resolution) {
        var policy = new SlaPolicy(key);
        policy.redefine(key, 1, false, OFFICE, new SlaPolicy.Conditions(null, null, null, null, null),
                new SlaPolicy.Targets(first, next, resolution, 80, 7));
        return policy;
    }

    @Test
    void a_ticket_opened_on_friday_afternoon_is_due_in_business_hours() {
        sla.open(normal, at("2026-03-06T15:00+01:00"));

        assertThat(sla.dueAt(Promise.Kind.FIRST_RESPONSE)).isEqualTo(at("2026-03-09T09:00+01:00"));
        assertThat(sla.dueAt(Promise.Kind.RESOLUTION)).isEqualTo(at("2026-03-10T15:00+01:00"));
        assertThat(sla.dueAt(Promise.Kind.NEXT_RESPONSE)).isNull();
        assertThat(sla.dueAt()).isEqualTo(at("2026-03-09T09:00+01:00"));
        assertThat(sla.state()).isEqualTo(SlaState.OK);
        // The first warning: 80 % of two hours is 96 minutes, one hour on Friday and 36 on Monday.
        assertThat(sla.alertAt()).isEqualTo(at("2026-03-09T08:36+01:00"));
    }

    @Test
    void staff_reply_meets_the_first_response_and_the_requester_starts_the_next_one() {
        sla.open(normal, at("2026-03-09T08:00+01:00"));
        sla.staffReplied(at("2026-03-09T09:00+01:00"));

        assertThat(sla.promises().get(Promise.Kind.FIRST_RESPONSE).state()).isEqualTo(SlaState.MET);
        assertThat(sla.dueAt()).isEqualTo(at("2026-03-10T16:00+01:00"));

        sla.requesterWrote(at("2026-03-09T10:00+01:00"));
        assertThat(sla.dueAt(Promise.Kind.NEXT_RESPONSE)).isEqualTo(at("2026-03-09T14:00+01:00"));
        // A second message before the answer does not push the promise back.
        sla.requesterWrote(at("2026-03-09T11:00+01:00"));
        assertThat(sla.dueAt(Promise.Kind.NEXT_RESPONSE)).isEqualTo(at("2026-03-09T14:00+01:00"));

        sla.staffReplied(at("2026-03-09T15:00+01:00"));
        assertThat(sla.promises().get(Promise.Kind.NEXT_RESPONSE).state()).isEqualTo(SlaState.BREACHED);
        // The next message starts a new promise with its own clock.
        sla.requesterWrote(at("2026-03-10T08:00+01:00"));
        assertThat(sla.promises().get(Promise.Kind.NEXT_RESPONSE).state()).isEqualTo(SlaState.OK);
        assertThat(sla.dueAt(Promise.Kind.NEXT_RESPONSE)).isEqualTo(at("2026-03-10T12:00+01:00"));
    }

    @Test
    void waiting_on_the_requester_pauses_across_a_holiday_and_the_reply_resumes_where_it_stopped() {
        sla.open(normal, at("2026-04-02T08:00+02:00"));
        sla.staffReplied(at("2026-04-02T09:00+02:00"));
        // Four business hours used by Thursday noon, then waiting over Good Friday to Tuesday.
        sla.statusMoved(TicketStatus.OPEN, TicketStatus.WAITING, at("2026-04-02T12:00+02:00"));

        assertThat(sla.state()).isEqualTo(SlaState.PAUSED);
        assertThat(sla.dueAt(Promise.Kind.RESOLUTION)).isNull();
        assertThat(sla.alertAt()).isNull();

        sla.statusMoved(TicketStatus.WAITING, TicketStatus.OPEN, at("2026-04-07T10:00+02:00"));
        // Twelve hours were left: Tuesday 10:00-16:00 and Wednesday 08:00-14:00.
        assertThat(sla.dueAt(Promise.Kind.RESOLUTION)).isEqualTo(at("2026-04-08T14:00+02:00"));
        assertThat(sla.state()).isEqualTo(SlaState.OK);
    }

    @Test
    void a_reopened_ticket_resumes_the_resolution_clock_from_where_it_stopped() {
        sla.open(normal, at("2026-03-09T08:00+01:00"));
        sla.staffReplied(at("2026-03-09T09:00+01:00"));
        sla.statusMoved(TicketStatus.OPEN, TicketStatus.RESOLVED, at("2026-03-09T14:00+01:00"));

        assertThat(sla.state()).isEqualTo(SlaState.MET);
        assertThat(sla.autoCloseAt()).isEqualTo(at("2026-03-16T14:00+01:00"));

        sla.statusMoved(TicketStatus.RESOLVED, TicketStatus.OPEN, at("2026-03-12T08:00+01:00"));
        // Six hours used, ten left from Thursday 08:00: Thursday's eight and Friday's first two.
        assertThat(sla.dueAt(Promise.Kind.RESOLUTION)).isEqualTo(at("2026-03-13T10:00+01:00"));
        assertThat(sla.autoCloseAt()).isNull();
        assertThat(sla.promises().get(Promise.Kind.FIRST_RESPONSE).state()).isEqualTo(SlaState.MET);
    }

    @Test
    void a_new_priority_keeps_the_time_used_and_counts_it_against_the_new_targets() {
        sla.open(normal, at("2026-03-09T08:00+01:00"));
        sla.staffReplied(at("2026-03-09T08:30+01:00"));
        sla.replace(urgent, at("2026-03-09T10:00+01:00"), new TicketSla.Situation(true, true, false));

        assertThat(sla.policy()).isSameAs(urgent);
        // Two hours used of four.
        assertThat(sla.dueAt(Promise.Kind.RESOLUTION)).isEqualTo(at("2026-03-09T12:00+01:00"));
        assertThat(sla.promises().get(Promise.Kind.FIRST_RESPONSE).target()).isEqualTo(Duration.ofMinutes(30));
        assertThat(sla.promises().get(Promise.Kind.FIRST_RESPONSE).state()).isEqualTo(SlaState.MET);
    }

    @Test
    void each_warning_and_breach_is_raised_once() {
        sla.open(urgent, at("2026-03-09T08:00+01:00"));

        assertThat(sla.raiseDue(at("2026-03-09T08:23+01:00"))).isEmpty();
        assertThat(sla.raiseDue(at("2026-03-09T08:24+01:00")))
                .containsExactly(new TicketSla.Raised(Promise.Kind.FIRST_RESPONSE, SlaState.OK, SlaState.WARNING));
        assertThat(sla.state()).isEqualTo(SlaState.WARNING);
        assertThat(sla.raiseDue(at("2026-03-09T08:25+01:00"))).isEmpty();
        assertThat(sla.alertAt()).isEqualTo(at("2026-03-09T08:30+01:00"));

        // Late for the first response and past the resolution warning at once, in one pass.
        assertThat(sla.raiseDue(at("2026-03-09T11:30+01:00"))).containsExactly(
                new TicketSla.Raised(Promise.Kind.FIRST_RESPONSE, SlaState.WARNING, SlaState.BREACHED),
                new TicketSla.Raised(Promise.Kind.RESOLUTION, SlaState.OK, SlaState.WARNING));
        assertThat(sla.raiseDue(at("2026-03-09T11:31+01:00"))).isEmpty();
        assertThat(sla.state()).isEqualTo(SlaState.BREACHED);

        // Answering late leaves the first response breached and the ticket warned on its resolution.
        sla.staffReplied(at("2026-03-09T11:40+01:00"));
        assertThat(sla.promises().get(Promise.Kind.FIRST_RESPONSE).state()).isEqualTo(SlaState.BREACHED);
        assertThat(sla.state()).isEqualTo(SlaState.WARNING);
    }

    @Test
    void a_breach_found_late_passes_over_its_warning() {
        sla.open(urgent, at("2026-03-09T08:00+01:00"));

        assertThat(sla.raiseDue(at("2026-03-09T13:00+01:00"))).containsExactly(
                new TicketSla.Raised(Promise.Kind.FIRST_RESPONSE, SlaState.OK, SlaState.BREACHED),
                new TicketSla.Raised(Promise.Kind.RESOLUTION, SlaState.OK, SlaState.BREACHED));
        assertThat(sla.alertAt()).isNull();
    }

    @Test
    void a_lower_priority_can_warn_again_but_a_raised_breach_is_not_raised_twice() {
        sla.open(urgent, at("2026-03-09T08:00+01:00"));
        sla.staffReplied(at("2026-03-09T08:10+01:00"));
        assertThat(sla.raiseDue(at("2026-03-09T11:20+01:00")))
                .containsExactly(new TicketSla.Raised(Promise.Kind.RESOLUTION, SlaState.OK, SlaState.WARNING));

        sla.replace(normal, at("2026-03-09T11:30+01:00"), new TicketSla.Situation(true, true, false));
        assertThat(sla.state()).isEqualTo(SlaState.OK);
        // 3.5 h of 16 used; the warning comes at 12.8 h: 4.5 h more on Monday, 4.8 h on Tuesday.
        assertThat(sla.alertAt()).isEqualTo(at("2026-03-10T12:48+01:00"));
    }

    @Test
    void every_move_leaves_a_mark_explaining_it() {
        sla.open(normal, at("2026-03-09T08:00+01:00"));
        sla.statusMoved(TicketStatus.NEW, TicketStatus.ON_HOLD, at("2026-03-09T09:00+01:00"));
        sla.statusMoved(TicketStatus.ON_HOLD, TicketStatus.OPEN, at("2026-03-09T10:00+01:00"));

        assertThat(sla.takeNewMarks(null)).extracting(SlaMark::promise, SlaMark::move, SlaMark::reason, SlaMark::consumed)
                .containsExactly(
                        tuple(Promise.Kind.FIRST_RESPONSE, SlaMark.Move.STARTED, "normal", Duration.ZERO),
                        tuple(Promise.Kind.RESOLUTION, SlaMark.Move.STARTED, "normal", Duration.ZERO),
                        tuple(Promise.Kind.FIRST_RESPONSE, SlaMark.Move.PAUSED, "ON_HOLD", Duration.ofHours(1)),
                        tuple(Promise.Kind.RESOLUTION, SlaMark.Move.PAUSED, "ON_HOLD", Duration.ofHours(1)),
                        tuple(Promise.Kind.FIRST_RESPONSE, SlaMark.Move.RESUMED, "OPEN", Duration.ofHours(1)),
                        tuple(Promise.Kind.RESOLUTION, SlaMark.Move.RESUMED, "OPEN", Duration.ofHours(1)));
        assertThat(sla.takeNewMarks(null)).isEmpty();
    }

    @Test
    void the_overall_state_is_what_needs_doing_first() {
        sla.open(normal, at("2026-03-09T08:00+01:00"));
        sla.staffReplied(at("2026-03-09T08:10+01:00"));
        sla.statusMoved(TicketStatus.OPEN, TicketStatus.WAITING, at("2026-03-09T09:00+01:00"));
        assertThat(sla.state()).isEqualTo(SlaState.PAUSED);

        sla.statusMoved(TicketStatus.WAITING, TicketStatus.CLOSED, at("2026-03-09T09:30+01:00"));
        assertThat(sla.state()).isEqualTo(SlaState.MET);
        assertThat(sla.autoCloseAt()).isNull();
    }
}
