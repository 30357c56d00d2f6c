package org.bilet.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentChoiceTest {

    @Test
    void round_robin_goes_to_the_agent_after_the_last_one_and_wraps_around() {
        var agents = List.of(30L, 10L, 20L);

        assertThat(AgentChoice.roundRobin(agents, null)).contains(10L);
        assertThat(AgentChoice.roundRobin(agents, 10L)).contains(20L);
        assertThat(AgentChoice.roundRobin(agents, 30L)).contains(10L);
    }

    @Test
    void round_robin_carries_on_when_the_last_agent_went_away() {
        assertThat(AgentChoice.roundRobin(List.of(10L, 30L), 20L)).contains(30L);
        assertThat(AgentChoice.roundRobin(List.of(10L), 20L)).contains(10L);
    }

    @Test
    void round_robin_spreads_evenly() {
        var agents = List.of(1L, 2L, 3L);
        Long last = null;
        var chosen = new ArrayList<Long>();
        for (int i = 0; i < 30; i++) {
            last = AgentChoice.roundRobin(agents, last).orElseThrow();
            chosen.add(last);
        }
        assertThat(chosen).filteredOn(id -> id == 1L).hasSize(10);
        assertThat(chosen).filteredOn(id -> id == 2L).hasSize(10);
        assertThat(chosen).filteredOn(id -> id == 3L).hasSize(10);
    }

    @Test
    void nobody_available_means_nobody_is_chosen() {
        assertThat(AgentChoice.roundRobin(List.of(), 5L)).isEmpty();
        assertThat(AgentChoice.leastLoaded(List.of(), null, Map.of())).isEmpty();
        assertThat(AgentChoice.skillBased(List.of(), Set.of(1L), null, Map.of())).isEmpty();
    }

    @Test
    void least_loaded_picks_the_smallest_weighted_load_counting_missing_agents_as_idle() {
        var load = Map.of(1L, 8L, 2L, 3L);

        assertThat(AgentChoice.leastLoaded(List.of(1L, 2L), null, load)).contains(2L);
        assertThat(AgentChoice.leastLoaded(List.of(1L, 2L, 3L), null, load)).contains(3L);
    }

    @Test
    void equal_loads_take_turns() {
        var load = Map.of(1L, 4L, 2L, 4L, 3L, 4L);

        assertThat(AgentChoice.leastLoaded(List.of(1L, 2L, 3L), 1L, load)).contains(2L);
        assertThat(AgentChoice.leastLoaded(List.of(1L, 2L, 3L), 3L, load)).contains(1L);
    }

    @Test
    void one_urgent_ticket_weighs_more_than_three_low_ones() {
        var urgentAgent = AgentChoice.weightOf(4);
        var lowAgent = 3 * AgentChoice.weightOf(1);

        assertThat(AgentChoice.leastLoaded(List.of(1L, 2L), null, Map.of(1L, urgentAgent, 2L, lowAgent))).contains(2L);
        assertThat(AgentChoice.weightOf(0)).isEqualTo(1);
    }

    @Test
    void skill_based_prefers_the_skilled_even_when_busier() {
        var load = Map.of(1L, 10L, 2L, 0L, 3L, 6L);

        assertThat(AgentChoice.skillBased(List.of(1L, 2L, 3L), Set.of(1L, 3L), null, load)).contains(3L);
    }

    @Test
    void skill_based_falls_back_to_everyone_when_no_skilled_agent_is_available() {
        var load = Map.of(1L, 10L, 2L, 1L);

        assertThat(AgentChoice.skillBased(List.of(1L, 2L), Set.of(7L), null, load)).contains(2L);
        assertThat(AgentChoice.skillBased(List.of(1L, 2L), Set.of(), null, load)).contains(2L);
    }

    @Test
    void three_timeouts_in_a_row_set_an_agent_away_and_taking_one_starts_again() {
        var at = Instant.parse("2026-03-02T09:00:00Z");
        var agent = new AgentAvailability(1L, at);

        assertThat(agent.timedOut(at)).isFalse();
        assertThat(agent.timedOut(at)).isFalse();
        agent.took();
        assertThat(agent.timedOut(at)).isFalse();
        assertThat(agent.timedOut(at)).isFalse();
        assertThat(agent.timedOut(at)).isTrue();
        assertThat(agent.available()).isFalse();
        assertThat(agent.awayReason()).isEqualTo(AgentAvailability.AwayReason.TIMEOUTS);

        agent.choose(true, at);
        assertThat(agent.available()).isTrue();
        assertThat(agent.timeoutsInRow()).isZero();
        assertThat(agent.awayReason()).isNull();
    }

    @Test
    void an_offer_is_due_at_its_expiry_and_never_once_closed() {
        var at = Instant.parse("2026-03-02T09:00:00Z");
        var offer = new AssignmentOffer(5L);
        offer.offerTo(1L, at, at.plusSeconds(600));

        assertThat(offer.isDue(at.plusSeconds(599))).isFalse();
        assertThat(offer.isDue(at.plusSeconds(600))).isTrue();
        offer.close();
        assertThat(offer.isDue(at.plusSeconds(6000))).isFalse();
    }
}
