package org.bilet.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TicketPresenceTest {

    private Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final TicketPresence presence = new TicketPresence();

    TicketPresenceTest() {
        presence.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void each_viewer_sees_the_others_and_who_is_typing() {
        presence.heartbeat("BIL-000001", "marek", "Marek Kowalski", false);
        presence.heartbeat("BIL-000001", "aiste", "Aistė Jonaitienė", true);
        presence.heartbeat("BIL-000002", "monika", "Monika Lewandowska", false);

        assertThat(presence.othersOn("BIL-000001", "marek"))
                .extracting(TicketPresence.Viewer::name, TicketPresence.Viewer::typing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Aistė Jonaitienė", true));
    }

    @Test
    void a_screen_that_stopped_sending_heartbeats_is_gone() {
        presence.heartbeat("BIL-000001", "aiste", "Aistė Jonaitienė", false);
        now = now.plus(TicketPresence.GONE_AFTER).plus(Duration.ofSeconds(1));

        assertThat(presence.othersOn("BIL-000001", "marek")).isEmpty();
    }

    @Test
    void leaving_removes_the_viewer_at_once() {
        presence.heartbeat("BIL-000001", "aiste", "Aistė Jonaitienė", false);
        presence.leave("BIL-000001", "aiste");

        assertThat(presence.othersOn("BIL-000001", "marek")).isEmpty();
    }
}
