package org.bilet.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.ActorRef;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketOpened;
import org.bilet.tickets.events.TicketRef;
import org.junit.jupiter.api.Test;

class EventTriggersTest {

    private static final TicketRef TICKET = new TicketRef(1, "BIL-000001");
    private static final ActorRef AGENT = new ActorRef("ann", false, true, Channel.WEB);
    private static final ActorRef REQUESTER = new ActorRef("rita", false, false, Channel.WEB);
    private static final ActorRef BILET = new ActorRef("@bilet", true, true, Channel.SYSTEM);
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");

    @Test
    void an_opening_is_created_and_its_fields_are_not_updates() {
        assertThat(EventTriggers.of(List.of(new TicketOpened(TICKET, AGENT, NOW, "rita", Channel.WEB),
                new FieldChanged(TICKET, AGENT, NOW, TicketField.CATEGORY, null, "network"))))
                .containsExactly(RuleTrigger.Type.CREATED);
    }

    @Test
    void a_persons_change_of_many_fields_is_one_update_and_bilets_is_none() {
        assertThat(EventTriggers.of(List.of(new FieldChanged(TICKET, AGENT, NOW, TicketField.PRIORITY, "LOW", "HIGH"),
                new FieldChanged(TICKET, AGENT, NOW, TicketField.TEAM, null, "it"),
                new StatusMoved(TICKET, AGENT, NOW, TicketStatus.NEW, TicketStatus.OPEN))))
                .containsExactly(RuleTrigger.Type.UPDATED);
        assertThat(EventTriggers.of(List.of(new FieldChanged(TICKET, BILET, NOW, TicketField.ASSIGNEE, null, "ann")))).isEmpty();
    }

    @Test
    void a_requesters_public_reply_and_sla_alerts() {
        assertThat(EventTriggers.of(List.of(new StatusMoved(TICKET, REQUESTER, NOW, TicketStatus.WAITING, TicketStatus.OPEN),
                new MessagePosted(TICKET, REQUESTER, NOW, 5, false))))
                .containsExactlyInAnyOrder(RuleTrigger.Type.UPDATED, RuleTrigger.Type.REQUESTER_REPLIED);
        assertThat(EventTriggers.of(List.of(new MessagePosted(TICKET, AGENT, NOW, 6, false)))).isEmpty();
        assertThat(EventTriggers.of(List.of(new FieldChanged(TICKET, BILET, NOW, TicketField.RESOLUTION_SLA, "OK", "WARNING"))))
                .containsExactly(RuleTrigger.Type.SLA_WARNING);
        assertThat(EventTriggers.of(List.of(new FieldChanged(TICKET, BILET, NOW, TicketField.FIRST_RESPONSE_SLA, "WARNING", "BREACHED"))))
                .containsExactly(RuleTrigger.Type.SLA_BREACHED);
    }
}
