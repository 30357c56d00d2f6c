package org.bilet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.bilet.notifications.NotificationRules.Audience;
import org.bilet.notifications.NotificationRules.Notice;
import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.ActorRef;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.StatusMoved;
import org.bilet.tickets.events.TicketRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final TicketRef TICKET = new TicketRef(7, "BIL-000007");
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final ActorRef AGENT = new ActorRef("piotr", false, true, Channel.WEB);
    private static final ActorRef REQUESTER = new ActorRef("anna", false, false, Channel.WEB);
    private static final ActorRef BILET = new ActorRef("@bilet", true, true, Channel.SYSTEM);

    @Test
    void assigning_someone_else_tells_them() {
        assertThat(NotificationRules.noticeOf(field(AGENT, TicketField.ASSIGNEE, null, "maria")))
                .contains(new Notice(NotificationKind.ASSIGNED, Audience.USER, "maria"));
    }

    @Test
    void taking_a_ticket_or_unassigning_it_tells_nobody() {
        assertThat(NotificationRules.noticeOf(field(AGENT, TicketField.ASSIGNEE, null, "piotr"))).isEmpty();
        assertThat(NotificationRules.noticeOf(field(AGENT, TicketField.ASSIGNEE, "maria", null))).isEmpty();
    }

    @Test
    void a_requesters_public_reply_tells_the_assignee() {
        assertThat(NotificationRules.noticeOf(new MessagePosted(TICKET, REQUESTER, AT, 1, false)))
                .contains(new Notice(NotificationKind.REQUESTER_REPLIED, Audience.ASSIGNEE, null));
    }

    @Test
    void staffs_replies_notes_and_bilets_messages_tell_nobody() {
        assertThat(NotificationRules.noticeOf(new MessagePosted(TICKET, AGENT, AT, 1, false))).isEmpty();
        assertThat(NotificationRules.noticeOf(new MessagePosted(TICKET, AGENT, AT, 1, true))).isEmpty();
        assertThat(NotificationRules.noticeOf(new MessagePosted(TICKET, BILET, AT, 1, true))).isEmpty();
        assertThat(NotificationRules.noticeOf(new MessagePosted(TICKET, BILET, AT, 1, false))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"slaFirstResponse", "slaNextResponse", "slaResolution"})
    void a_promise_that_warns_or_breaks_tells_the_assignee_or_the_team(String promise) {
        var field = TicketField.of(promise);
        assertThat(NotificationRules.noticeOf(field(BILET, field, "OK", "WARNING")))
                .contains(new Notice(NotificationKind.SLA_WARNING, Audience.ASSIGNEE_OR_TEAM, null));
        assertThat(NotificationRules.noticeOf(field(BILET, field, "WARNING", "BREACHED")))
                .contains(new Notice(NotificationKind.SLA_BREACHED, Audience.ASSIGNEE_OR_TEAM, null));
        assertThat(NotificationRules.noticeOf(field(BILET, field, "BREACHED", "MET"))).isEmpty();
        assertThat(NotificationRules.noticeOf(field(BILET, field, "WARNING", null))).isEmpty();
    }

    @Test
    void other_changes_tell_nobody() {
        for (var field : List.of(TicketField.PRIORITY, TicketField.TEAM, TicketField.SLA_POLICY, TicketField.custom("x"))) {
            assertThat(NotificationRules.noticeOf(field(AGENT, field, null, "BREACHED"))).as(field.storedName()).isEmpty();
        }
        assertThat(NotificationRules.noticeOf(new StatusMoved(TICKET, REQUESTER, AT, TicketStatus.WAITING, TicketStatus.OPEN)))
                .isEmpty();
    }

    @Test
    void watchers_hear_of_public_messages_and_status_moves_and_only_staff_watchers_of_notes() {
        assertThat(NotificationRules.watcherNoticeOf(new MessagePosted(TICKET, AGENT, AT, 1, false)))
                .contains(new NotificationRules.WatcherNotice(NotificationKind.WATCHED_REPLY, false));
        assertThat(NotificationRules.watcherNoticeOf(new MessagePosted(TICKET, AGENT, AT, 1, true)))
                .contains(new NotificationRules.WatcherNotice(NotificationKind.WATCHED_NOTE, true));
        assertThat(NotificationRules.watcherNoticeOf(new StatusMoved(TICKET, REQUESTER, AT, TicketStatus.WAITING, TicketStatus.OPEN)))
                .contains(new NotificationRules.WatcherNotice(NotificationKind.WATCHED_STATUS, false));
        assertThat(NotificationRules.watcherNoticeOf(new MessagePosted(TICKET, BILET, AT, 1, false))).isEmpty();
        assertThat(NotificationRules.watcherNoticeOf(field(AGENT, TicketField.PRIORITY, "normal", "high"))).isEmpty();
    }

    private static FieldChanged field(ActorRef by, TicketField field, String from, String to) {
        return new FieldChanged(TICKET, by, AT, field, from, to);
    }
}
