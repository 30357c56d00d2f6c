package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketSortTest {

    @Test
    void a_sort_names_a_field_and_a_direction() {
        assertThat(TicketSort.parse("dueAt,asc")).contains(new TicketSort(TicketSort.Field.DUE_AT, true));
        assertThat(TicketSort.parse("priority,desc")).contains(new TicketSort(TicketSort.Field.PRIORITY, false));
        assertThat(new TicketSort(TicketSort.Field.UPDATED_AT, true)).hasToString("updatedAt,asc");
    }

    @Test
    void without_a_direction_it_is_descending() {
        assertThat(TicketSort.parse("number")).contains(new TicketSort(TicketSort.Field.NUMBER, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"colour", "colour,asc", "dueAt,up", "dueAt,asc,desc", "", "DueAt"})
    void anything_else_is_no_sort(String text) {
        assertThat(TicketSort.parse(text)).isEmpty();
        assertThat(TicketSort.isValid(text)).isFalse();
    }

    @Test
    void a_filter_sorts_as_asked_else_as_its_queue_else_newest_first() {
        assertThat(TicketFilter.all().sortedBy("subject,asc").effectiveSort()).hasToString("subject,asc");
        assertThat(TicketFilter.all().inQueue(TicketQueue.WAITING).effectiveSort()).hasToString("updatedAt,asc");
        assertThat(TicketFilter.all().effectiveSort()).isEqualTo(TicketSort.NEWEST_FIRST);
    }
}
