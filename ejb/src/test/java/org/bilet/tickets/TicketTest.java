package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.bilet.tickets.TestData.CLIENT_ADDRESS;
import static org.bilet.tickets.TestData.HIGH;
import static org.bilet.tickets.TestData.NORMAL;
import static org.bilet.tickets.TestData.NOW;
import static org.bilet.tickets.TestData.NUMBER;
import static org.bilet.tickets.TestData.agent;
import static org.bilet.tickets.TestData.by;
import static org.bilet.tickets.TestData.manager;
import static org.bilet.tickets.TestData.newTicket;
import static org.bilet.tickets.TestData.otherRequester;
import static org.bilet.tickets.TestData.requester;
import static org.bilet.tickets.TicketStatus.CLOSED;
import static org.bilet.tickets.TicketStatus.NEW;
import static org.bilet.tickets.TicketStatus.ON_HOLD;
import static org.bilet.tickets.TicketStatus.OPEN;
import static org.bilet.tickets.TicketStatus.RESOLVED;
import static org.bilet.tickets.TicketStatus.WAITING;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.bilet.catalog.Category;
import org.bilet.people.Organization;
import org.bilet.people.Role;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketTest {

    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private static final Instant MUCH_LATER = NOW.plus(Duration.ofHours(5));
    private static final String NOTE = "Replaced the drum.";

    private final User requester = requester();
    private final User agent = agent();

    /** A ticket of {@link #requester} brought by an agent into the given status, its history so far taken. */
    private Ticket ticketIn(TicketStatus status) {
        var ticket = newTicket(requester);
        var staff = by(agent, NOW.plusSeconds(60));
        switch (status) {
            case NEW -> { }
            case RESOLVED, CLOSED -> ticket.moveTo(status, NOTE, null, staff);
            default -> ticket.moveTo(status, null, null, staff);
        }
        ticket.takeNewEvents();
        return ticket;
    }

    /** The field's name as history stores it: the names are part of the stored data. */
    private static String storedField(TicketEvent event) {
        return event.field() == null ? null : event.field().storedName();
    }

    private static void assertInvalidField(Throwable thrown, String field) {
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) thrown).errors())
                .extracting(InvalidInputException.FieldError::field)
                .containsExactly(field);
    }

    @Nested
    class Opening {

        @Test
        void a_description_that_sanitizes_to_nothing_is_refused() {
            var thrown = catchThrowable(() -> new Ticket(NUMBER, "Subject", "<script>alert(1)</script>", requester,
                    NORMAL, Channel.WEB, by(requester)));

            assertInvalidField(thrown, "description");
        }

        @Test
        void a_new_ticket_is_NEW_and_due_when_its_SLA_policy_says() {
            var ticket = newTicket(requester);

            assertThat(ticket.status()).isEqualTo(NEW);
            assertThat(ticket.number()).isEqualTo(NUMBER);
            assertThat(ticket.requester()).isEqualTo(requester);
            assertThat(ticket.priority()).isSameAs(NORMAL);
            assertThat(ticket.createdAt()).isEqualTo(NOW);
            assertThat(ticket.updatedAt()).isEqualTo(NOW);
            assertThat(ticket.dueAt()).as("set by the SLA keeper, not the ticket").isNull();
            assertThat(ticket.sla().state()).isNull();
            assertThat(ticket.answered()).isFalse();
            assertThat(ticket.firstResponseAt()).isNull();
            assertThat(ticket.resolvedAt()).isNull();
            assertThat(ticket.closedAt()).isNull();
        }

        @Test
        void staff_can_record_a_ticket_that_came_through_another_channel() {
            var ticket = new Ticket(NUMBER, "VPN down", "Cannot connect.", requester, HIGH, Channel.PHONE, by(agent));

            assertThat(ticket.channel()).isEqualTo(Channel.PHONE);
        }

        @Test
        void opening_records_one_CREATED_event_with_the_number() {
            var ticket = newTicket(requester);

            assertThat(ticket.takeNewEvents())
                    .extracting(TicketEvent::kind, TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue,
                            TicketEvent::actor, TicketEvent::channel, TicketEvent::clientAddress, TicketEvent::occurredAt)
                    .containsExactly(tuple(TicketEvent.Kind.CREATED, null, null, "BIL-000123",
                            requester, Channel.WEB, CLIENT_ADDRESS, NOW));
        }

        @Test
        void taken_events_are_handed_over_only_once() {
            var ticket = newTicket(requester);
            ticket.takeNewEvents();

            assertThat(ticket.takeNewEvents()).isEmpty();
        }
    }

    @Nested
    class Resolving {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\n\t"})
        void resolving_without_a_note_is_refused_on_the_resolution_field(String note) {
            var ticket = ticketIn(OPEN);

            var thrown = catchThrowable(() -> ticket.moveTo(RESOLVED, note, null, by(agent, LATER)));

            assertInvalidField(thrown, "resolution");
            assertThat(ticket.status()).isEqualTo(OPEN);
            assertThat(ticket.takeNewEvents()).isEmpty();
        }

        @Test
        void resolving_with_a_note_keeps_the_note_and_the_time() {
            var ticket = ticketIn(OPEN);

            ticket.moveTo(RESOLVED, "  " + NOTE + "\n", null, by(agent, LATER));

            assertThat(ticket.status()).isEqualTo(RESOLVED);
            assertThat(ticket.resolution()).isEqualTo(NOTE);
            assertThat(ticket.resolvedAt()).isEqualTo(LATER);
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple("status", "OPEN", "RESOLVED"), tuple("resolution", null, NOTE));
        }

        @Test
        void the_resolution_note_is_sanitized() {
            var ticket = ticketIn(OPEN);

            ticket.moveTo(RESOLVED, "<b>Fixed</b><script>alert(1)</script>", null, by(agent, LATER));

            assertThat(ticket.resolution()).isEqualTo("<b>Fixed</b>");
        }

        @Test
        void a_note_that_sanitizes_to_nothing_is_no_resolution() {
            var ticket = ticketIn(OPEN);

            var thrown = catchThrowable(() -> ticket.moveTo(RESOLVED, "<script>alert(1)</script>", null, by(agent, LATER)));

            assertInvalidField(thrown, "resolution");
            assertThat(ticket.status()).isEqualTo(OPEN);
        }

        @ParameterizedTest
        @ValueSource(strings = {"NEW", "OPEN", "WAITING", "ON_HOLD"})
        void closing_what_was_not_resolved_needs_a_closing_note(TicketStatus from) {
            var ticket = ticketIn(from);

            var thrown = catchThrowable(() -> ticket.moveTo(CLOSED, " ", null, by(agent, LATER)));

            assertInvalidField(thrown, "resolution");
            assertThat(ticket.status()).isEqualTo(from);
            assertThat(ticket.takeNewEvents()).isEmpty();

            ticket.moveTo(CLOSED, "Duplicate of BIL-000007.", null, by(agent, LATER));
            assertThat(ticket.status()).isEqualTo(CLOSED);
            assertThat(ticket.resolution()).isEqualTo("Duplicate of BIL-000007.");
        }

        @Test
        void confirming_a_resolution_keeps_the_resolution_it_confirms() {
            var ticket = ticketIn(RESOLVED);

            ticket.moveTo(CLOSED, "Something else", null, by(requester, LATER));

            assertThat(ticket.resolution()).isEqualTo(NOTE);
        }

        @Test
        void closing_records_the_time() {
            var ticket = ticketIn(RESOLVED);

            ticket.moveTo(CLOSED, null, null, by(agent, LATER));

            assertThat(ticket.status()).isEqualTo(CLOSED);
            assertThat(ticket.closedAt()).isEqualTo(LATER);
        }

        @Test
        void an_illegal_move_is_a_conflict_and_changes_nothing() {
            var ticket = ticketIn(CLOSED);

            assertThatThrownBy(() -> ticket.moveTo(OPEN, null, null, by(agent, LATER)))
                    .isInstanceOf(ConflictException.class);
            assertThat(ticket.status()).isEqualTo(CLOSED);
            assertThat(ticket.takeNewEvents()).isEmpty();
        }
    }

    @Nested
    class RequesterMoves {

        @Test
        void the_requester_may_confirm_a_resolution() {
            var ticket = ticketIn(RESOLVED);

            ticket.moveTo(CLOSED, null, null, by(requester, LATER));

            assertThat(ticket.status()).isEqualTo(CLOSED);
            assertThat(ticket.closedAt()).isEqualTo(LATER);
        }

        @Test
        void the_requester_may_reopen_a_resolved_ticket() {
            var ticket = ticketIn(RESOLVED);

            ticket.moveTo(OPEN, null, null, by(requester, LATER));

            assertThat(ticket.status()).isEqualTo(OPEN);
            assertThat(ticket.resolvedAt()).isNull();
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue, TicketEvent::actor)
                    .containsExactly(tuple("status", "RESOLVED", "OPEN", requester));
        }

        @Test
        void another_requester_who_can_see_the_ticket_cannot_decide_on_its_resolution() {
            var ticket = ticketIn(RESOLVED);
            var colleague = otherRequester();

            var thrown = catchThrowable(() -> ticket.moveTo(CLOSED, null, null, by(colleague, LATER)));

            assertThat(thrown).isInstanceOf(ForbiddenException.class).hasMessageContaining("Only the requester");
            assertThat(ticket.status()).isEqualTo(RESOLVED);
        }

        @Test
        void the_requester_reopens_a_resolution_with_the_reason_as_a_public_reply() {
            var ticket = ticketIn(RESOLVED);

            var reason = ticket.reopen("It still jams on double-sided prints.", by(requester, LATER));

            assertThat(ticket.status()).isEqualTo(OPEN);
            assertThat(ticket.resolvedAt()).isNull();
            assertThat(ticket.answered()).isFalse();
            assertThat(reason.body()).isEqualTo("It still jams on double-sided prints.");
            assertThat(reason.author()).isEqualTo(requester);
            assertThat(reason.internal()).isFalse();
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue, TicketEvent::actor)
                    .containsExactly(tuple("status", "RESOLVED", "OPEN", requester));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "<p> </p>"})
        void reopening_without_a_reason_is_refused_and_changes_nothing(String reason) {
            var ticket = ticketIn(RESOLVED);

            var thrown = catchThrowable(() -> ticket.reopen(reason, by(requester, LATER)));

            assertInvalidField(thrown, "reason");
            assertThat(ticket.status()).isEqualTo(RESOLVED);
            assertThat(ticket.takeNewEvents()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"NEW", "OPEN", "WAITING", "ON_HOLD", "CLOSED"})
        void the_requester_reopens_nothing_but_a_resolution(TicketStatus status) {
            var ticket = ticketIn(status);

            var thrown = catchThrowable(() -> ticket.reopen("Still broken.", by(requester, LATER)));

            assertThat(thrown).isInstanceOfAny(ConflictException.class, ForbiddenException.class);
            assertThat(ticket.status()).isEqualTo(status);
            assertThat(ticket.takeNewEvents()).isEmpty();
        }

        static Stream<Arguments> staffOnlyMoves() {
            return TicketStatusTest.legalPairs().filter(pair -> pair.get()[0] != RESOLVED);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("staffOnlyMoves")
        void any_other_legal_move_by_the_requester_is_forbidden(TicketStatus from, TicketStatus to) {
            var ticket = ticketIn(from);
            var note = to == RESOLVED ? NOTE : null;

            assertThatThrownBy(() -> ticket.moveTo(to, note, null, by(requester, LATER)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(ticket.status()).isEqualTo(from);
            assertThat(ticket.takeNewEvents()).isEmpty();
        }
    }

    @Nested
    class Conversation {

        @ParameterizedTest
        @ValueSource(strings = {"WAITING", "RESOLVED"})
        void a_requester_reply_reopens_a_waiting_or_resolved_ticket(TicketStatus status) {
            var ticket = ticketIn(status);

            var message = ticket.post("It still jams.", false, by(requester, LATER));

            assertThat(ticket.status()).isEqualTo(OPEN);
            assertThat(ticket.resolvedAt()).isNull();
            assertThat(ticket.updatedAt()).isEqualTo(LATER);
            assertThat(message.body()).isEqualTo("It still jams.");
            assertThat(message.author()).isEqualTo(requester);
            assertThat(message.internal()).isFalse();
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketEvent::kind, TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple(TicketEvent.Kind.CHANGED, "status", status.name(), "OPEN"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"NEW", "OPEN", "ON_HOLD"})
        void a_requester_reply_leaves_other_statuses_alone(TicketStatus status) {
            var ticket = ticketIn(status);

            ticket.post("Any news?", false, by(requester, LATER));

            assertThat(ticket.status()).isEqualTo(status);
            assertThat(ticket.takeNewEvents()).isEmpty();
        }

        @Test
        void a_requester_cannot_reply_to_a_closed_ticket() {
            var ticket = ticketIn(CLOSED);

            assertThatThrownBy(() -> ticket.post("One more thing.", false, by(requester, LATER)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("new ticket");
            assertThat(ticket.status()).isEqualTo(CLOSED);
        }

        @Test
        void staff_add_internal_notes_but_no_public_replies_to_a_closed_ticket() {
            var ticket = ticketIn(CLOSED);

            assertThatThrownBy(() -> ticket.post("Anything else?", false, by(agent, LATER)))
                    .isInstanceOf(ConflictException.class);
            var note = ticket.post("Customer called again, pointed to the new ticket.", true, by(agent, LATER));

            assertThat(note.internal()).isTrue();
            assertThat(ticket.answered()).isFalse();
        }

        @Test
        void a_closed_ticket_takes_files_from_staff_but_not_from_the_requester() {
            var ticket = ticketIn(CLOSED);

            assertThatThrownBy(() -> ticket.recordAttachment("log.txt", null, by(requester, LATER)))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("new ticket");
            assertThat(ticket.takeNewEvents()).isEmpty();

            ticket.recordAttachment("call-notes.txt", null, by(agent, LATER));
            assertThat(ticket.takeNewEvents()).extracting(TicketEvent::kind, TicketEvent::newValue)
                    .containsExactly(tuple(TicketEvent.Kind.ATTACHED, "call-notes.txt"));
        }

        @Test
        void the_history_of_a_file_of_an_internal_note_is_internal_like_the_note() {
            var ticket = ticketIn(OPEN);
            var note = ticket.post("Vendor RMA, see the label.", true, by(agent, LATER));
            var reply = ticket.post("We are on it.", false, by(agent, LATER));
            ticket.takeNewEvents();

            ticket.recordAttachment("rma-label.pdf", note, by(agent, LATER));
            ticket.recordAttachment("steps.txt", reply, by(agent, LATER));
            ticket.recordAttachment("photo.jpg", null, by(agent, LATER));

            assertThat(ticket.takeNewEvents()).extracting(TicketEvent::newValue, TicketEvent::internal)
                    .containsExactly(tuple("rma-label.pdf", true), tuple("steps.txt", false), tuple("photo.jpg", false));
        }

        @Test
        void a_requester_cannot_write_an_internal_note() {
            var ticket = ticketIn(OPEN);

            assertThatThrownBy(() -> ticket.post("Psst.", true, by(requester, LATER)))
                    .isInstanceOf(ForbiddenException.class);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "<script>alert(1)</script>"})
        void an_empty_message_is_refused_on_the_body_field(String body) {
            var ticket = ticketIn(OPEN);

            assertInvalidField(catchThrowable(() -> ticket.post(body, false, by(agent, LATER))), "body");
        }

        @Test
        void the_first_public_staff_reply_opens_a_new_ticket_and_is_the_first_response() {
            var ticket = ticketIn(NEW);

            ticket.post("Looking into it.", false, by(agent, LATER));

            assertThat(ticket.status()).isEqualTo(OPEN);
            assertThat(ticket.firstResponseAt()).isEqualTo(LATER);
            assertThat(ticket.answered()).isTrue();
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue, TicketEvent::actor)
                    .containsExactly(tuple("status", "NEW", "OPEN", agent));
        }

        @Test
        void a_second_staff_reply_does_not_move_the_first_response() {
            var ticket = ticketIn(NEW);
            ticket.post("Looking into it.", false, by(agent, LATER));

            ticket.post("Ordered a new drum.", false, by(manager(), MUCH_LATER));

            assertThat(ticket.firstResponseAt()).isEqualTo(LATER);
            assertThat(ticket.updatedAt()).isEqualTo(MUCH_LATER);
        }

        @Test
        void a_requester_reply_leaves_the_ticket_unanswered() {
            var ticket = ticketIn(NEW);
            ticket.post("Looking into it.", false, by(agent, LATER));

            ticket.post("Thanks, waiting.", false, by(requester, MUCH_LATER));

            assertThat(ticket.answered()).isFalse();
        }

        @Test
        void an_internal_note_neither_answers_nor_opens_nor_counts_as_first_response() {
            var ticket = ticketIn(NEW);

            var note = ticket.post("Probably the fuser.", true, by(agent, LATER));

            assertThat(note.internal()).isTrue();
            assertThat(ticket.status()).isEqualTo(NEW);
            assertThat(ticket.answered()).isFalse();
            assertThat(ticket.firstResponseAt()).isNull();
            assertThat(ticket.takeNewEvents()).isEmpty();
        }

        @Test
        void an_internal_note_after_a_staff_reply_keeps_the_ticket_answered() {
            var ticket = ticketIn(NEW);
            ticket.post("Looking into it.", false, by(agent, LATER));

            ticket.post("Asked facilities.", true, by(agent, MUCH_LATER));

            assertThat(ticket.answered()).isTrue();
            assertThat(ticket.firstResponseAt()).isEqualTo(LATER);
        }

        @Test
        void an_internal_note_after_a_requester_reply_keeps_the_ticket_unanswered() {
            var ticket = ticketIn(OPEN);
            ticket.post("Any news?", false, by(requester, LATER));

            ticket.post("Asked facilities.", true, by(agent, MUCH_LATER));

            assertThat(ticket.answered()).isFalse();
            assertThat(ticket.firstResponseAt()).isNull();
        }

        @Test
        void a_message_body_is_sanitized() {
            var ticket = ticketIn(OPEN);

            var message = ticket.post("<p onclick=\"steal()\">Hi</p>", false, by(agent, LATER));

            assertThat(message.body()).isEqualTo("<p>Hi</p>");
        }
    }

    @Nested
    class Snoozing {

        @Test
        void an_ON_HOLD_ticket_can_be_snoozed_until_a_future_time() {
            var ticket = ticketIn(OPEN);
            var until = NOW.plus(Duration.ofDays(3));

            ticket.moveTo(ON_HOLD, null, until, by(agent, LATER));

            assertThat(ticket.status()).isEqualTo(ON_HOLD);
            assertThat(ticket.snoozedUntil()).isEqualTo(until);
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple("status", "OPEN", "ON_HOLD"), tuple("snoozedUntil", null, until.toString()));
        }

        @Test
        void ON_HOLD_without_a_snooze_is_fine() {
            var ticket = ticketIn(OPEN);

            ticket.moveTo(ON_HOLD, null, null, by(agent, LATER));

            assertThat(ticket.snoozedUntil()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"OPEN", "WAITING", "CLOSED"})
        void only_ON_HOLD_can_be_snoozed(TicketStatus target) {
            var ticket = ticketIn(NEW);

            var thrown = catchThrowable(() -> ticket.moveTo(target, NOTE, NOW.plus(Duration.ofDays(1)), by(agent, LATER)));

            assertInvalidField(thrown, "snoozeUntil");
            assertThat(ticket.status()).isEqualTo(NEW);
        }

        @ParameterizedTest
        @ValueSource(longs = {0, -1, -3600})
        void a_snooze_must_end_after_the_move(long secondsFromMove) {
            var ticket = ticketIn(OPEN);

            var thrown = catchThrowable(() -> ticket.moveTo(ON_HOLD, null, LATER.plusSeconds(secondsFromMove), by(agent, LATER)));

            assertInvalidField(thrown, "snoozeUntil");
            assertThat(ticket.status()).isEqualTo(OPEN);
            assertThat(ticket.snoozedUntil()).isNull();
        }

        @Test
        void an_ON_HOLD_ticket_can_be_snoozed_again_or_woken_up() {
            var ticket = ticketIn(OPEN);
            var first = NOW.plus(Duration.ofDays(3));
            var second = NOW.plus(Duration.ofDays(7));
            ticket.moveTo(ON_HOLD, null, first, by(agent, LATER));
            ticket.takeNewEvents();

            ticket.snooze(second, by(agent, LATER));
            assertThat(ticket.snoozedUntil()).isEqualTo(second);
            ticket.snooze(null, by(agent, LATER));

            assertThat(ticket.snoozedUntil()).isNull();
            assertThat(ticket.status()).isEqualTo(ON_HOLD);
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple("snoozedUntil", first.toString(), second.toString()),
                            tuple("snoozedUntil", second.toString(), null));
        }

        @Test
        void only_a_ticket_ON_HOLD_can_be_snoozed_later() {
            var ticket = ticketIn(OPEN);

            assertThat(catchThrowable(() -> ticket.snooze(NOW.plus(Duration.ofDays(1)), by(agent, LATER))))
                    .isInstanceOf(ConflictException.class);
        }

        @Test
        void leaving_ON_HOLD_ends_the_snooze() {
            var ticket = ticketIn(OPEN);
            var until = NOW.plus(Duration.ofDays(3));
            ticket.moveTo(ON_HOLD, null, until, by(agent, LATER));
            ticket.takeNewEvents();

            ticket.moveTo(OPEN, null, null, by(agent, MUCH_LATER));

            assertThat(ticket.snoozedUntil()).isNull();
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple("status", "ON_HOLD", "OPEN"), tuple("snoozedUntil", until.toString(), null));
        }
    }

    @Nested
    class Assignment {

        @Test
        void an_agent_can_be_assigned_and_unassigned() {
            var ticket = ticketIn(OPEN);

            ticket.assignTo(agent, by(manager(), LATER));
            assertThat(ticket.assignee()).isEqualTo(agent);

            ticket.assignTo(null, by(manager(), MUCH_LATER));
            assertThat(ticket.assignee()).isNull();
        }

        @Test
        void a_requester_cannot_be_assigned() {
            var ticket = ticketIn(OPEN);

            assertInvalidField(catchThrowable(() -> ticket.assignTo(otherRequester(), by(agent, LATER))), "assignee");
            assertThat(ticket.assignee()).isNull();
            assertThat(ticket.takeNewEvents()).isEmpty();
        }

        @Test
        void a_deactivated_agent_cannot_be_assigned() {
            var ticket = ticketIn(OPEN);
            var former = agent();
            former.deactivate();

            assertInvalidField(catchThrowable(() -> ticket.assignTo(former, by(manager(), LATER))), "assignee");
        }
    }

    @Nested
    class History {

        private final Actor onThePhone = new Actor(agent, Channel.PHONE, "198.51.100.7", LATER);

        static Stream<Arguments> fieldChanges() {
            return Stream.of(
                    change("category", (t, a) -> t.changeCategory(new Category("printers", "Printers", null, null), a),
                            null, "printers"),
                    change("team", (t, a) -> t.routeTo(new Team("service-desk", "Service desk"), a), null, "service-desk"),
                    change("assignee", (t, a) -> t.assignTo(agent(), a), null, "piotr"),
                    change("tags", (t, a) -> t.retag(Set.of(" VPN ", "Printer"), a), null, "printer, vpn"),
                    change("custom.contract", (t, a) -> t.putCustomValue("contract", "C-17", a), null, "C-17"),
                    change("status", (t, a) -> t.moveTo(OPEN, null, null, a), "NEW", "OPEN"));
        }

        private static Arguments change(String field, BiConsumer<Ticket, Actor> change, String oldValue, String newValue) {
            return Arguments.of(field, change, oldValue, newValue);
        }

        @Test
        void a_priority_change_records_the_priority_only() {
            var ticket = ticketIn(NEW);

            ticket.changePriority(HIGH, onThePhone);

            // The due times follow from the SLA policy that now applies (SlaKeeper), not from the ticket.
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple("priority", "normal", "high"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("fieldChanges")
        void a_field_change_records_exactly_one_CHANGED_event(String field, BiConsumer<Ticket, Actor> change,
                                                              String oldValue, String newValue) {
            var ticket = ticketIn(NEW);

            change.accept(ticket, onThePhone);

            assertThat(ticket.takeNewEvents())
                    .extracting(TicketEvent::kind, TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue,
                            TicketEvent::actor, TicketEvent::channel, TicketEvent::clientAddress, TicketEvent::occurredAt)
                    .containsExactly(tuple(TicketEvent.Kind.CHANGED, field, oldValue, newValue,
                            agent, Channel.PHONE, "198.51.100.7", LATER));
            assertThat(ticket.updatedAt()).isEqualTo(LATER);
        }

        /** The same changes, minus the status: moving to the status a ticket has is a conflict, not a no-op. */
        static Stream<Arguments> repeatableChanges() {
            return fieldChanges().filter(args -> !args.get()[0].equals("status"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("repeatableChanges")
        void repeating_a_change_records_nothing(String field, BiConsumer<Ticket, Actor> change,
                                                String oldValue, String newValue) {
            var ticket = ticketIn(NEW);
            change.accept(ticket, by(agent, LATER));
            ticket.takeNewEvents();

            change.accept(ticket, by(agent, MUCH_LATER));

            assertThat(ticket.takeNewEvents()).isEmpty();
            assertThat(ticket.updatedAt()).isEqualTo(LATER);
        }

        @Test
        void setting_what_is_already_there_records_nothing() {
            var ticket = ticketIn(NEW);

            ticket.changePriority(NORMAL, onThePhone);
            ticket.changeCategory(null, onThePhone);
            ticket.routeTo(null, onThePhone);
            ticket.assignTo(null, onThePhone);
            ticket.retag(Set.of(), onThePhone);
            ticket.putCustomValue("contract", null, onThePhone);

            assertThat(ticket.takeNewEvents()).isEmpty();
            assertThat(ticket.updatedAt()).isEqualTo(NOW);
        }

        @Test
        void retagging_with_the_same_tags_in_another_spelling_records_nothing() {
            var ticket = ticketIn(NEW);
            ticket.retag(Set.of("vpn", "printer"), by(agent, LATER));
            ticket.takeNewEvents();

            ticket.retag(Set.of("Printer ", " VPN", "vpn"), onThePhone);

            assertThat(ticket.takeNewEvents()).isEmpty();
            assertThat(ticket.tags()).containsExactlyInAnyOrder("printer", "vpn");
        }

        @Test
        void clearing_a_custom_value_records_the_old_value() {
            var ticket = ticketIn(NEW);
            ticket.putCustomValue("contract", "C-17", by(agent, LATER));
            ticket.takeNewEvents();

            ticket.putCustomValue("contract", null, onThePhone);

            assertThat(ticket.customValues()).doesNotContainKey("contract");
            assertThat(ticket.takeNewEvents())
                    .extracting(TicketTest::storedField, TicketEvent::oldValue, TicketEvent::newValue)
                    .containsExactly(tuple("custom.contract", "C-17", null));
        }

        @Test
        void invalid_tags_are_refused_and_change_nothing() {
            var ticket = ticketIn(NEW);

            assertInvalidField(catchThrowable(() -> ticket.retag(Set.of("two words"), onThePhone)), "tags");
            assertThat(ticket.tags()).isEmpty();
            assertThat(ticket.takeNewEvents()).isEmpty();
        }
    }
}
