package org.bilet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilet.tickets.TicketQueue;
import org.junit.jupiter.api.Test;

class QueueFiltersTest {

    @Test
    void without_a_queue_staff_see_their_own_tickets() {
        var filters = new QueueFilters();

        assertThat(filters.check()).isNull();
        assertThat(filters.queue()).isEqualTo(TicketQueue.MINE);
    }

    @Test
    void an_unknown_queue_or_status_falls_back_with_a_warning() {
        var filters = new QueueFilters();
        filters.setQueue("EVERYTHING");
        filters.setStatus("DONE");

        assertThat(filters.check()).isNotNull();
        assertThat(filters.queue()).isEqualTo(TicketQueue.MINE);
        assertThat(filters.status()).isNull();
    }

    @Test
    void names_are_read_whatever_their_case() {
        var filters = new QueueFilters();
        filters.setQueue("unassigned");
        filters.setStatus("waiting");

        assertThat(filters.check()).isNull();
        assertThat(filters.queue()).isEqualTo(TicketQueue.UNASSIGNED);
        assertThat(filters.getStatus()).isEqualTo("waiting");
    }

    @Test
    void a_search_lists_all_tickets_matching_the_words() {
        var filters = new QueueFilters();
        filters.setQueue("SEARCH");
        filters.setQ("printer");

        assertThat(filters.queue()).isNull();
        assertThat(filters.getCurrent()).isEqualTo("SEARCH");
    }

    @Test
    void the_query_string_keeps_only_what_is_set_encoded() {
        var filters = new QueueFilters();
        filters.setQueue("OPEN");
        filters.setTeam("it-infra");
        filters.setQ("drukarka 3. piętro");
        filters.setTag(" ");
        filters.setSort("dueAt,asc");

        assertThat(filters.queryString())
                .isEqualTo("queue=OPEN&q=drukarka+3.+pi%C4%99tro&team=it-infra&sort=dueAt%2Casc");
    }

    @Test
    void a_sort_the_finder_does_not_know_is_dropped() {
        var filters = new QueueFilters();
        filters.setSort("password,asc");

        filters.check();

        assertThat(filters.getSort()).isNull();
    }
}
