package org.bilet.channels.mail;

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

class RequesterNoticeTest {

    private static final TicketRef TICKET = new TicketRef(7, "BIL-000007");
    private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");
    private static final ActorRef AGENT = new ActorRef("ann", false, true, Channel.WEB);
    private static final ActorRef REQUESTER = new ActorRef("rita", false, false, Channel.WEB);
    private static final ActorRef BILET = new ActorRef("@bilet", true, true, Channel.SYSTEM);

    @Test
    void a_new_ticket_is_acknowledged_however_it_came() {
        assertThat(RequesterNotice.of(List.of(new TicketOpened(TICKET, REQUESTER, AT, "rita", Channel.WEB)), "rita"))
                .contains(RequesterNotice.RECEIVED);
        assertThat(RequesterNotice.of(List.of(new TicketOpened(TICKET, AGENT, AT, "rita", Channel.PHONE),
                new FieldChanged(TICKET, AGENT, AT, TicketField.PRIORITY, "normal", "high")), "rita"))
                .contains(RequesterNotice.RECEIVED);
    }

    @Test
    void staff_public_replies_are_mailed_and_notes_never() {
        assertThat(RequesterNotice.of(List.of(new MessagePosted(TICKET, AGENT, AT, 1, false)), "rita"))
                .contains(RequesterNotice.REPLIED);
        assertThat(RequesterNotice.of(List.of(new MessagePosted(TICKET, AGENT, AT, 1, true)), "rita")).isEmpty();
        assertThat(RequesterNotice.of(List.of(new MessagePosted(TICKET, REQUESTER, AT, 1, false)), "rita")).isEmpty();
        assertThat(RequesterNotice.of(List.of(new MessagePosted(TICKET, BILET, AT, 1, false)), "rita")).isEmpty();
    }

    @Test
    void one_mail_per_unit_the_weightiest_first() {
        var replyAndWait = List.of(new StatusMoved(TICKET, AGENT, AT, TicketStatus.OPEN, TicketStatus.WAITING),
                new MessagePosted(TICKET, AGENT, AT, 1, false));
        assertThat(RequesterNotice.of(replyAndWait, "rita")).contains(RequesterNotice.REPLIED);
        var replyAndResolve = List.of(new MessagePosted(TICKET, AGENT, AT, 1, false),
                new StatusMoved(TICKET, AGENT, AT, TicketStatus.OPEN, TicketStatus.RESOLVED));
        assertThat(RequesterNotice.of(replyAndResolve, "rita")).contains(RequesterNotice.RESOLVED);
    }

    @Test
    void what_the_requester_does_themselves_tells_them_nothing() {
        assertThat(RequesterNotice.of(List.of(new StatusMoved(TICKET, REQUESTER, AT, TicketStatus.RESOLVED, TicketStatus.CLOSED)), "rita")).isEmpty();
        assertThat(RequesterNotice.of(List.of(new StatusMoved(TICKET, REQUESTER, AT, TicketStatus.RESOLVED, TicketStatus.OPEN)), "rita")).isEmpty();
        assertThat(RequesterNotice.of(List.of(new StatusMoved(TICKET, BILET, AT, TicketStatus.OPEN, TicketStatus.RESOLVED)), "rita"))
                .contains(RequesterNotice.RESOLVED);
    }

    @Test
    void a_merge_outweighs_the_closing_it_brings() {
        var merge = List.of(new StatusMoved(TICKET, AGENT, AT, TicketStatus.OPEN, TicketStatus.CLOSED),
                new FieldChanged(TICKET, AGENT, AT, TicketField.RESOLUTION, null, "Merged into BIL-000008"),
                new FieldChanged(TICKET, AGENT, AT, TicketField.MERGED_INTO, null, "BIL-000008"));
        assertThat(RequesterNotice.of(merge, "rita")).contains(RequesterNotice.MERGED);
    }
}
