package org.bilet.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Team team = new Team("service-desk", "Service desk");
    private final User agent = new User("piotr", "piotr@example.com", "Piotr", "Kowalski", Set.of(Role.AGENT), NOW);

    @Test
    void agents_join_and_leave() {
        team.addMember(agent);
        assertThat(team.hasMember(agent)).isTrue();

        team.removeMember(agent);
        assertThat(team.members()).isEmpty();
    }

    @Test
    void requesters_cannot_join() {
        var requester = new User("anna", "anna@example.com", "Anna", "Nowak", Set.of(Role.REQUESTER), NOW);

        assertThatIllegalArgumentException().isThrownBy(() -> team.addMember(requester));
    }

    @Test
    void a_team_is_renamed_and_gets_an_address() {
        team.rename("Help desk");
        team.changeEmail("help@example.com");

        assertThat(team.name()).isEqualTo("Help desk");
        assertThat(team.email()).isEqualTo("help@example.com");
    }
}
