package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.bilet.it.incontainer.TicketRecords.changes;
import static org.bilet.it.incontainer.TicketRecords.newTicket;
import static org.bilet.it.incontainer.TicketRecords.queue;
import static org.bilet.tickets.TicketQueue.AT_RISK;
import static org.bilet.tickets.TicketQueue.MINE;
import static org.bilet.tickets.TicketQueue.OPEN;
import static org.bilet.tickets.TicketQueue.RECENT;
import static org.bilet.tickets.TicketQueue.UNASSIGNED;
import static org.bilet.tickets.TicketQueue.WAITING;
import static org.bilet.tickets.TicketStatus.CLOSED;
import static org.bilet.tickets.TicketStatus.ON_HOLD;
import static org.bilet.tickets.TicketStatus.RESOLVED;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bilet.it.Deployments;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketQueue;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TicketSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Which tickets each standing queue holds, as the test agent ("me") sees them. Every test opens its
 * own desk of tickets, one per case, all with a tag of their own, and lists each queue restricted
 * to that tag: so demo data and other tests' tickets are neither counted nor in the way. The
 * rules are written out here (4 hours, 24 hours) on purpose: changing one must change this test.
 */
@ExtendWith(ArquillianExtension.class)
class TicketQueuesIT {

    private static final Duration AT_RISK_WITHIN = Duration.ofHours(4);
    private static final Duration RECENT_WITHIN = Duration.ofHours(24);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @EJB
    AsAgent asAgent;

    @EJB
    TestData testData;

    @EJB
    TicketTimes times;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    private final Map<String, String> subjects = new HashMap<>();
    private String tag;
    private String requester;
    private String myTeam;
    private String otherTeam;
    private String otherAgent;

    // Assigned to me: unresolved ones are mine wherever they are, done ones are not.
    private String mineNew;
    private String mineWaiting;
    private String mineInAnotherTeam;
    private String mineResolved;
    private String mineClosed;
    // Someone else's, even in my team.
    private String othersInMyTeam;
    // Nobody's: in my team, in another team, in no team, done.
    private String unassignedInMyTeam;
    private String unassignedInAnotherTeam;
    private String unassignedInNoTeam;
    private String unassignedResolved;
    private String unassignedClosed;
    // Times: opened long ago and untouched since, unless said otherwise.
    private String dueSoon;
    private String overdue;
    private String dueJustBeyondTheRiskWindow;
    private String overdueButWaiting;
    private String overdueButOnHold;
    private String overdueButResolved;
    private String updatedALittleLessThanADayAgo;
    private String updatedALittleMoreThanADayAgo;
    private String oldButChangedJustNow;

    @BeforeEach
    void a_desk_of_tickets_one_per_case() throws Exception {
        tag = "queues-" + Unique.suffix();
        requester = testData.requester("Rita", "Quester");
        otherAgent = testData.agent("Otto", "Agent");
        myTeam = testData.team("Queue desk", TestData.AGENT, otherAgent);
        otherTeam = testData.team("Other desk", otherAgent);

        mineNew = ticket("mine, new", null, myTeam, TestData.AGENT);
        mineWaiting = ticket("mine, waiting", TicketStatus.WAITING, myTeam, TestData.AGENT);
        mineInAnotherTeam = ticket("mine, in a team I am not in", TicketStatus.OPEN, otherTeam, TestData.AGENT);
        mineResolved = ticket("mine, resolved", RESOLVED, myTeam, TestData.AGENT);
        mineClosed = ticket("mine, closed", CLOSED, myTeam, TestData.AGENT);
        othersInMyTeam = ticket("another agent's, in my team", TicketStatus.OPEN, myTeam, otherAgent);
        unassignedInMyTeam = ticket("nobody's, in my team", null, myTeam, null);
        unassignedInAnotherTeam = ticket("nobody's, in a team I am not in", null, otherTeam, null);
        unassignedInNoTeam = ticket("nobody's, in no team", null, null, null);
        unassignedResolved = ticket("nobody's, in my team, resolved", RESOLVED, myTeam, null);
        unassignedClosed = ticket("nobody's, in no team, closed", CLOSED, null, null);

        // Those about time belong to someone else's team and agent, so they stay out of MINE and UNASSIGNED.
        dueSoon = dueIn(ticket("due soon", null, otherTeam, otherAgent), AT_RISK_WITHIN.minusMinutes(30));
        overdue = dueIn(ticket("overdue", TicketStatus.OPEN, otherTeam, otherAgent), Duration.ofHours(-1));
        dueJustBeyondTheRiskWindow = dueIn(ticket("due just after the risk window", null, otherTeam, otherAgent),
                AT_RISK_WITHIN.plusMinutes(30));
        overdueButWaiting = dueIn(ticket("overdue, waiting", TicketStatus.WAITING, otherTeam, otherAgent), Duration.ofHours(-1));
        overdueButOnHold = dueIn(ticket("overdue, on hold", ON_HOLD, otherTeam, otherAgent), Duration.ofHours(-1));
        overdueButResolved = dueIn(ticket("overdue, resolved", RESOLVED, otherTeam, otherAgent), Duration.ofHours(-1));
        updatedALittleLessThanADayAgo = olderBy(ticket("updated 23 hours ago", null, otherTeam, otherAgent),
                RECENT_WITHIN.minusHours(1));
        updatedALittleMoreThanADayAgo = olderBy(ticket("updated 25 hours ago", null, otherTeam, otherAgent),
                RECENT_WITHIN.plusHours(1));
        oldButChangedJustNow = olderBy(ticket("opened two days ago, changed now", null, otherTeam, otherAgent),
                Duration.ofHours(48));
        change(oldButChangedJustNow, changes(TicketStatus.OPEN, null, null));
    }

    @Test
    void mine_holds_the_unresolved_tickets_assigned_to_me_in_any_team() throws Exception {
        assertThat(subjectsIn(MINE)).containsExactlyInAnyOrder(subjectsOf(mineNew, mineWaiting, mineInAnotherTeam));
    }

    @Test
    void unassigned_holds_the_unresolved_tickets_nobody_has_in_my_teams_or_in_no_team() throws Exception {
        assertThat(subjectsIn(UNASSIGNED)).containsExactlyInAnyOrder(subjectsOf(unassignedInMyTeam, unassignedInNoTeam));
    }

    @Test
    void open_holds_every_unresolved_ticket_whoever_has_it() throws Exception {
        assertThat(subjectsIn(OPEN)).containsExactlyInAnyOrder(subjectsOf(
                mineNew, mineWaiting, mineInAnotherTeam, othersInMyTeam,
                unassignedInMyTeam, unassignedInAnotherTeam, unassignedInNoTeam,
                dueSoon, overdue, dueJustBeyondTheRiskWindow, overdueButWaiting, overdueButOnHold,
                updatedALittleLessThanADayAgo, updatedALittleMoreThanADayAgo, oldButChangedJustNow));
    }

    @Test
    void waiting_holds_the_tickets_waiting_on_their_requester_whoever_has_them() throws Exception {
        assertThat(subjectsIn(WAITING)).containsExactlyInAnyOrder(subjectsOf(mineWaiting, overdueButWaiting));
    }

    @Test
    void at_risk_holds_new_and_open_tickets_without_sla_overdue_or_due_within_four_hours() throws Exception {
        assertThat(subjectsIn(AT_RISK)).containsExactlyInAnyOrder(subjectsOf(dueSoon, overdue));
    }

    @Test
    void recent_holds_whatever_changed_within_a_day_done_or_not() throws Exception {
        assertThat(subjectsIn(RECENT)).containsExactlyInAnyOrder(subjectsOf(
                mineNew, mineWaiting, mineInAnotherTeam, mineResolved, mineClosed, othersInMyTeam,
                unassignedInMyTeam, unassignedInAnotherTeam, unassignedInNoTeam, unassignedResolved, unassignedClosed,
                updatedALittleLessThanADayAgo, oldButChangedJustNow));
    }

    /**
     * The count of a whole queue (the helpdesk's badges) goes through its own path; it is not limited
     * to this test's tag, so it is checked by how much this test's tickets add to it. Nothing else
     * changes tickets while a test runs, and these queues do not move with the clock.
     */
    @Test
    void the_count_of_a_queue_grows_by_exactly_the_tickets_that_joined_it() throws Exception {
        var queues = List.of(MINE, UNASSIGNED, OPEN, WAITING);
        var before = counts(queues);

        var unassignedMine = ticket("another nobody's, in my team", null, myTeam, null);
        var mine = ticket("another of mine", TicketStatus.WAITING, otherTeam, TestData.AGENT);
        ticket("another of mine, resolved", RESOLVED, myTeam, TestData.AGENT);
        ticket("another nobody's, elsewhere", null, otherTeam, null);
        change(mine, changes(null, null, otherAgent));

        var after = counts(queues);
        assertThat(after.get(MINE) - before.get(MINE)).as("MINE grew by").isZero();
        assertThat(after.get(UNASSIGNED) - before.get(UNASSIGNED)).as("UNASSIGNED grew by").isEqualTo(1);
        assertThat(after.get(OPEN) - before.get(OPEN)).as("OPEN grew by").isEqualTo(3);
        assertThat(after.get(WAITING) - before.get(WAITING)).as("WAITING grew by").isEqualTo(1);

        change(unassignedMine, changes(null, null, TestData.AGENT));
        var later = counts(queues);
        assertThat(later.get(MINE) - after.get(MINE)).as("MINE grew by").isEqualTo(1);
        assertThat(later.get(UNASSIGNED) - after.get(UNASSIGNED)).as("UNASSIGNED grew by").isEqualTo(-1);
        assertThat(later.get(OPEN)).as("OPEN").isEqualTo(after.get(OPEN));
        for (var q : TicketQueue.values()) {
            assertThat(asAgent.call(() -> finder.count(queue(q, tag)))).as("count of %s", q).isEqualTo(subjectsIn(q).size());
        }
    }

    /** Opens a ticket of this test and then moves, routes and assigns it as asked (null: as opened). */
    private String ticket(String subject, TicketStatus status, String team, String assignee) throws Exception {
        var opened = asAgent.call(() -> desk.open(newTicket(subject, requester, null, Set.of(tag), Map.of())));
        subjects.put(opened.number(), subject);
        if (status == null && team == null && assignee == null) {
            return opened.number();
        }
        return asAgent.call(() -> desk.change(opened.number(), opened.version(), changes(status, team, assignee))).number();
    }

    private TicketDetails change(String number, TicketChanges changes) throws Exception {
        var current = asAgent.call(() -> finder.find(number));
        return asAgent.call(() -> desk.change(number, current.version(), changes));
    }

    /** Ages the ticket so that it is due {@code dueIn} from now (negative: overdue), its target unchanged. */
    /**
     * A ticket from before SLA policies, due in that long: the at-risk queue takes those by their due
     * date; those under a policy by their SLA state (see SlaIT).
     */
    private String dueIn(String number, Duration dueIn) throws Exception {
        var dueAt = Instant.now().plus(dueIn);
        times.shiftBack(number, Duration.ofDays(3));
        times.asBeforeSla(number, dueAt);
        var aged = asAgent.call(() -> finder.find(number));
        assertThat(aged.slaState()).isNull();
        assertThat(aged.dueAt()).isCloseTo(dueAt, within(1, ChronoUnit.SECONDS));
        return number;
    }

    private String olderBy(String number, Duration age) {
        times.shiftBack(number, age);
        return number;
    }

    /** The subjects of this test's tickets in the queue: a failure then says which cases are wrong. */
    private List<String> subjectsIn(TicketQueue q) throws Exception {
        var page = asAgent.call(() -> finder.list(queue(q, tag)));
        assertThat(page.total()).isEqualTo(page.items().size());
        return page.items().stream().map(TicketSummary::subject).toList();
    }

    private String[] subjectsOf(String... numbers) {
        return Stream.of(numbers).map(subjects::get).toArray(String[]::new);
    }

    private Map<TicketQueue, Long> counts(List<TicketQueue> queues) throws Exception {
        var counts = new EnumMap<TicketQueue, Long>(TicketQueue.class);
        for (var q : queues) {
            counts.put(q, asAgent.call(() -> finder.count(q)));
        }
        return counts;
    }
}
