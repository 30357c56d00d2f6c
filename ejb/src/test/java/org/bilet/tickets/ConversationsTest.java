package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.tickets.TestData.NORMAL;
import static org.bilet.tickets.TestData.NOW;
import static org.bilet.tickets.TestData.agent;
import static org.bilet.tickets.TestData.by;
import static org.bilet.tickets.TestData.otherRequester;
import static org.bilet.tickets.TestData.requester;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bilet.people.Organization;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The ticket's own rules for merging, splitting, links, watchers and mentions, without a database. */
class ConversationsTest {

    private final Organization acme = new Organization("Acme", null);
    private User anna;
    private User boris;
    private User piotr;
    private Ticket source;
    private Ticket target;

    @BeforeEach
    void tickets() {
        anna = requester();
        anna.joinOrganization(acme, "C-1");
        boris = otherRequester();
        piotr = agent();
        source = new Ticket(TicketNumber.of(1), "VPN drops", "The VPN drops every hour.", anna, NORMAL, Channel.WEB, by(anna));
        target = new Ticket(TicketNumber.of(2), "VPN unstable", "Everyone's VPN drops.", boris, NORMAL, Channel.WEB, by(boris));
        source.takeNewEvents();
        target.takeNewEvents();
    }

    private static TicketEvent only(List<TicketEvent> events, TicketField field) {
        return events.stream().filter(e -> field.equals(e.field())).findFirst().orElseThrow();
    }

    @Nested
    class Merging {

        @Test
        void messages_and_files_move_the_source_closes_naming_the_target_and_both_histories_say_so() {
            var early = source.post("It dropped at 9:00.", false, by(anna, NOW.plusSeconds(60)));
            var note = source.post("Checked the concentrator.", true, by(piotr, NOW.plusSeconds(120)));
            source.takeNewMessages();
            var moved = new ArrayList<Ticket>();
            Ticket.MovableFile file = moved::add;

            var follower = source.mergeInto(target, List.of(file), by(piotr, NOW.plusSeconds(300)));

            assertThat(target.messages()).containsExactly(early, note);
            assertThat(early.ticket()).isSameAs(target);
            assertThat(source.messages()).isEmpty();
            assertThat(moved).containsExactly(target);
            assertThat(source.status()).isEqualTo(TicketStatus.CLOSED);
            assertThat(source.mergedInto()).isSameAs(target);
            assertThat(source.resolution()).isEqualTo("Merged into BIL-000002: VPN unstable");
            var sourceHistory = source.takeNewEvents();
            assertThat(only(sourceHistory, TicketField.MERGED_INTO).newValue()).isEqualTo("BIL-000002");
            assertThat(only(sourceHistory, TicketField.MERGED_INTO).internal()).as("the requester reads where it went").isFalse();
            var targetHistory = target.takeNewEvents();
            assertThat(only(targetHistory, TicketField.MERGED_FROM).newValue()).isEqualTo("BIL-000001 (messages: 2, files: 1)");
            assertThat(follower).get().extracting(TicketWatcher::user).isEqualTo(anna);
            assertThat(target.isWatchedBy(anna)).as("the source's requester follows the target").isTrue();
            assertThat(TicketVisibility.of(anna).allows(target)).isTrue();
            assertThat(TicketVisibility.of(anna).seesInternal()).isFalse();
        }

        @Test
        void the_requester_of_both_is_not_made_a_watcher() {
            var own = new Ticket(TicketNumber.of(3), "Again", "The VPN again.", anna, NORMAL, Channel.WEB, by(anna));

            assertThat(source.mergeInto(own, List.of(), by(piotr))).isEmpty();
        }

        @Test
        void into_itself_is_refused_naming_into() {
            assertThatThrownBy(() -> source.mergeInto(source, List.of(), by(piotr)))
                    .isInstanceOf(BrokenRuleException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(InvalidInputException.FieldError::field)
                            .containsExactly("into"));
        }

        @Test
        void into_a_closed_ticket_is_refused() {
            target.moveTo(TicketStatus.CLOSED, "Duplicate of an outage.", null, by(piotr));

            assertThatThrownBy(() -> source.mergeInto(target, List.of(), by(piotr)))
                    .isInstanceOf(BrokenRuleException.class).hasMessageContaining("closed");
            assertThat(source.status()).isEqualTo(TicketStatus.NEW);
        }

        @Test
        void a_merged_ticket_takes_no_merge_and_merging_back_is_a_loop() {
            source.mergeInto(target, List.of(), by(piotr));

            assertThatThrownBy(() -> target.mergeInto(source, List.of(), by(piotr)))
                    .isInstanceOf(BrokenRuleException.class).hasMessageContaining("loop");
            var third = new Ticket(TicketNumber.of(3), "Third", "Third one.", boris, NORMAL, Channel.WEB, by(boris));
            assertThatThrownBy(() -> third.mergeInto(source, List.of(), by(piotr)))
                    .isInstanceOf(BrokenRuleException.class).hasMessageContaining("merge into that ticket instead");
            assertThatThrownBy(() -> source.mergeInto(third, List.of(), by(piotr)))
                    .isInstanceOf(BrokenRuleException.class).hasMessageContaining("already merged");
        }

        @Test
        void only_staff_merge() {
            assertThatThrownBy(() -> source.mergeInto(target, List.of(), by(anna))).isInstanceOf(ForbiddenException.class);
        }
    }

    @Nested
    class Watching {

        @Test
        void a_colleague_of_the_requester_may_watch_and_then_sees_the_ticket_but_never_its_internal_side() {
            var colleague = new User("carla", "carla@example.com", "Carla", "Rossi", Set.of(Role.REQUESTER), NOW);
            colleague.joinOrganization(acme, "C-1");
            var other = new User("dora", "dora@example.com", "Dora", "Lis", Set.of(Role.REQUESTER), NOW);
            other.joinOrganization(acme, "C-1");
            assertThat(TicketVisibility.of(colleague).allows(source)).isFalse();

            source.addWatcher(colleague, by(anna));

            assertThat(TicketVisibility.of(colleague).allows(source)).isTrue();
            assertThat(TicketVisibility.of(colleague).seesInternal()).isFalse();
            assertThat(TicketVisibility.of(other).allows(source)).as("a colleague who does not watch").isFalse();
            assertThat(only(source.takeNewEvents(), TicketField.WATCHER).newValue()).isEqualTo("carla");
        }

        @Test
        void outsiders_the_requester_and_those_watching_already_are_refused() {
            source.addWatcher(piotr, by(piotr));

            assertThatThrownBy(() -> source.addWatcher(boris, by(piotr))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("organization");
            assertThatThrownBy(() -> source.addWatcher(anna, by(piotr))).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("requester");
            assertThatThrownBy(() -> source.addWatcher(piotr, by(piotr))).isInstanceOf(DuplicateException.class);
            assertThatThrownBy(() -> source.addWatcher(agent(), by(boris))).isInstanceOf(ForbiddenException.class);
        }

        @Test
        void a_requester_adds_no_staff_and_a_watcher_may_leave() {
            var colleague = new User("carla", "carla@example.com", "Carla", "Rossi", Set.of(Role.REQUESTER), NOW);
            colleague.joinOrganization(acme, "C-1");
            assertThatThrownBy(() -> source.addWatcher(piotr, by(anna))).isInstanceOf(InvalidInputException.class);
            source.addWatcher(colleague, by(anna));

            source.removeWatcher(colleague, by(colleague));

            assertThat(source.isWatchedBy(colleague)).isFalse();
            assertThat(TicketVisibility.of(colleague).allows(source)).isFalse();
        }
    }

    @Test
    void a_mention_is_recorded_as_internal_as_its_note() {
        var note = source.post("@piotr please look", true, by(piotr));
        source.takeNewEvents();

        source.recordMentions(note, List.of("maria"), by(piotr));

        var mention = only(source.takeNewEvents(), TicketField.MENTIONED);
        assertThat(mention.newValue()).isEqualTo("maria");
        assertThat(mention.internal()).isTrue();
        var reply = source.post("Hello @maria", false, by(piotr));
        assertThatThrownBy(() -> source.recordMentions(reply, List.of("maria"), by(piotr))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void links_and_splits_are_staff_only_history() {
        var split = new Ticket(TicketNumber.of(5), "Printer", "Also the printer.", anna, NORMAL, Channel.WEB, by(piotr));
        var message = source.post("Also the printer.", false, by(anna));
        source.takeNewEvents();
        split.takeNewEvents();

        source.splitInto(split, message, by(piotr));
        source.recordLink("RELATED BIL-000005", null, by(piotr));

        assertThat(source.takeNewEvents()).extracting(TicketEvent::field, TicketEvent::newValue, TicketEvent::internal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TicketField.SPLIT_INTO, "BIL-000005", true),
                        org.assertj.core.groups.Tuple.tuple(TicketField.LINK, "RELATED BIL-000005", true));
        assertThat(only(split.takeNewEvents(), TicketField.SPLIT_FROM).newValue()).isEqualTo("BIL-000001");
        assertThatThrownBy(() -> source.splitInto(split, message, by(anna))).isInstanceOf(ForbiddenException.class);
    }
}
