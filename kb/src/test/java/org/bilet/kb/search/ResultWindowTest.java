package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultWindowTest {

    @Test
    void pages_reach_the_first_ten_thousand_hits_on_either_backend() {
        assertThat(TicketSearch.withinWindow(0, 20)).isEqualTo(20);
        assertThat(TicketSearch.withinWindow(9_990, 20)).as("the last page is cut at the window").isEqualTo(10);
        assertThat(TicketSearch.withinWindow(10_000, 20)).isZero();
        assertThat(TicketSearch.withinWindow(100_000L * 100, 100)).as("far past it").isZero();
    }
}
