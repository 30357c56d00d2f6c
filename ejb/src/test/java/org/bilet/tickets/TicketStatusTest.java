package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.tickets.TicketStatus.CLOSED;
import static org.bilet.tickets.TicketStatus.NEW;
import static org.bilet.tickets.TicketStatus.ON_HOLD;
import static org.bilet.tickets.TicketStatus.OPEN;
import static org.bilet.tickets.TicketStatus.RESOLVED;
import static org.bilet.tickets.TicketStatus.WAITING;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bilet.platform.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TicketStatusTest {

    /** The legal moves, written out by hand: if the state machine changes, this test must change too. */
    private static final Map<TicketStatus, Set<TicketStatus>> LEGAL = new EnumMap<>(Map.of(
            NEW, EnumSet.of(OPEN, WAITING, ON_HOLD, RESOLVED, CLOSED),
            OPEN, EnumSet.of(WAITING, ON_HOLD, RESOLVED, CLOSED),
            WAITING, EnumSet.of(OPEN, ON_HOLD, RESOLVED, CLOSED),
            ON_HOLD, EnumSet.of(OPEN, WAITING, RESOLVED, CLOSED),
            RESOLVED, EnumSet.of(OPEN, CLOSED),
            CLOSED, EnumSet.noneOf(TicketStatus.class)));

    static Stream<Arguments> allPairs() {
        return Stream.of(TicketStatus.values())
                .flatMap(from -> Stream.of(TicketStatus.values()).map(to -> Arguments.of(from, to)));
    }

    static Stream<Arguments> legalPairs() {
        return allPairs().filter(pair -> isLegal(pair));
    }

    static Stream<Arguments> illegalPairs() {
        return allPairs().filter(pair -> !isLegal(pair));
    }

    private static boolean isLegal(Arguments pair) {
        var from = (TicketStatus) pair.get()[0];
        var to = (TicketStatus) pair.get()[1];
        return LEGAL.get(from).contains(to);
    }

    @Test
    void the_matrix_covers_every_status_and_all_36_pairs() {
        assertThat(LEGAL).containsOnlyKeys(TicketStatus.values());
        assertThat(allPairs()).hasSize(36);
        assertThat(legalPairs()).hasSize(19);
        assertThat(illegalPairs()).hasSize(17);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void canMoveTo_agrees_with_the_written_out_matrix(TicketStatus from, TicketStatus to) {
        assertThat(from.canMoveTo(to)).isEqualTo(LEGAL.get(from).contains(to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("legalPairs")
    void a_legal_move_passes_the_check(TicketStatus from, TicketStatus to) {
        assertThatCode(() -> from.checkMoveTo(to)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("illegalPairs")
    void an_illegal_move_is_refused_with_a_message_naming_the_states_or_the_way_out(TicketStatus from, TicketStatus to) {
        assertThatThrownBy(() -> from.checkMoveTo(to))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> {
                    var message = e.getMessage();
                    assertThat(message).contains(from.name());
                    if (from == to) {
                        assertThat(message).contains("already " + from.name());
                    } else if (LEGAL.get(from).isEmpty()) {
                        assertThat(message).contains("open a new ticket");
                    } else {
                        assertThat(message).contains(to.name());
                        LEGAL.get(from).forEach(possible -> assertThat(message).contains(possible.name()));
                    }
                });
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void nothing_moves_back_to_NEW(TicketStatus from) {
        assertThat(from.canMoveTo(NEW)).isFalse();
        assertThatThrownBy(() -> from.checkMoveTo(NEW)).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void nothing_moves_out_of_CLOSED(TicketStatus to) {
        assertThat(CLOSED.canMoveTo(to)).isFalse();
        assertThatThrownBy(() -> CLOSED.checkMoveTo(to)).isInstanceOf(ConflictException.class);
    }

    @ParameterizedTest
    @EnumSource(TicketStatus.class)
    void no_status_moves_to_itself(TicketStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
        assertThatThrownBy(() -> status.checkMoveTo(status))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already " + status.name());
    }

    @Test
    void only_RESOLVED_and_CLOSED_are_done() {
        assertThat(EnumSet.allOf(TicketStatus.class)).filteredOn(TicketStatus::isDone)
                .containsExactlyInAnyOrder(RESOLVED, CLOSED);
    }
}
