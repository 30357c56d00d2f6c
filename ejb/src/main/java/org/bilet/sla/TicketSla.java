package org.bilet.sla;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Transient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketStatus;

/**
 * A ticket's service level: the policy it is under and the promises that policy made, each with its
 * clock. Every move is dated by the event that caused it and leaves a {@link SlaMark}; after each,
 * the ticket's due time (for queues), its overall state and when the watch must next look at it are
 * derived again, so that all three can be read by index.
 */
@Embeddable
public class TicketSla {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sla_policy_id")
    private SlaPolicy policy;

    @Enumerated(EnumType.STRING)
    @Column(name = "sla_state")
    private SlaState state;

    /** The earliest warning or breach not announced yet, for the watch. */
    @Column(name = "sla_alert_at")
    private Instant alertAt;

    /** When a resolved ticket the requester did not answer is closed. */
    @Column(name = "auto_close_at")
    private Instant autoCloseAt;

    /** The soonest due time of a running promise; kept as it was while none runs, so queues still sort. */
    @Column(name = "due_at")
    private Instant dueAt;

    @Embedded
    @AttributeOverride(name = "target", column = @Column(name = "first_response_target_ms"))
    @AttributeOverride(name = "phase", column = @Column(name = "first_response_phase"))
    @AttributeOverride(name = "since", column = @Column(name = "first_response_since"))
    @AttributeOverride(name = "consumed", column = @Column(name = "first_response_consumed_ms"))
    @AttributeOverride(name = "late", column = @Column(name = "first_response_late"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "first_response_due_at"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "first_response_warn_at"))
    @AttributeOverride(name = "alerted", column = @Column(name = "first_response_alerted"))
    private Promise firstResponse;

    @Embedded
    @AttributeOverride(name = "target", column = @Column(name = "next_response_target_ms"))
    @AttributeOverride(name = "phase", column = @Column(name = "next_response_phase"))
    @AttributeOverride(name = "since", column = @Column(name = "next_response_since"))
    @AttributeOverride(name = "consumed", column = @Column(name = "next_response_consumed_ms"))
    @AttributeOverride(name = "late", column = @Column(name = "next_response_late"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "next_response_due_at"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "next_response_warn_at"))
    @AttributeOverride(name = "alerted", column = @Column(name = "next_response_alerted"))
    private Promise nextResponse;

    @Embedded
    @AttributeOverride(name = "target", column = @Column(name = "resolution_target_ms"))
    @AttributeOverride(name = "phase", column = @Column(name = "resolution_phase"))
    @AttributeOverride(name = "since", column = @Column(name = "resolution_since"))
    @AttributeOverride(name = "consumed", column = @Column(name = "resolution_consumed_ms"))
    @AttributeOverride(name = "late", column = @Column(name = "resolution_late"))
    @AttributeOverride(name = "dueAt", column = @Column(name = "resolution_due_at"))
    @AttributeOverride(name = "warnAt", column = @Column(name = "resolution_warn_at"))
    @AttributeOverride(name = "alerted", column = @Column(name = "resolution_alerted"))
    private Promise resolution;

    @Transient
    private List<SlaMark> newMarks;

    /** What the ticket is doing, for promises a new policy adds midway. */
    public record Situation(boolean unresolved, boolean responded, boolean paused) {
    }

    /** An alert the watch raised: the promise and how it stood before and after. */
    public record Raised(Promise.Kind promise, SlaState before, SlaState after) {
    }

    // ---- moves

    /**
     * A new ticket comes under its policy: the first response and resolution clocks start. Once:
     * a ticket is put under its policy before its row is first written, and its opening event
     * then finds it done.
     */
    void open(SlaPolicy chosen, Instant at) {
        if (policy != null || firstResponse != null || resolution != null) {
            return;
        }
        policy = chosen;
        if (chosen != null) {
            for (var kind : List.of(Promise.Kind.FIRST_RESPONSE, Promise.Kind.RESOLUTION)) {
                start(kind, chosen.key(), at);
            }
        }
        refresh();
    }

    /**
     * Another policy applies (the priority, category or team changed): each promise keeps the
     * business time it used and takes the new target and calendar; a promise the new policy does not
     * make is dropped, and one it adds starts now if it still has to be kept.
     */
    void replace(SlaPolicy chosen, Instant at, Situation situation) {
        if (Objects.equals(policy, chosen)) {
            return;
        }
        var oldCalendar = policy == null ? null : policy.calendar().rules();
        policy = chosen;
        for (var kind : Promise.Kind.values()) {
            var current = get(kind);
            var target = chosen == null ? null : chosen.target(kind);
            if (current != null && target == null) {
                mark(kind, SlaMark.Move.DROPPED, chosen == null ? null : chosen.key(), at, current.clock(), oldCalendar);
                set(kind, null);
            } else if (current != null) {
                var clock = current.clock();
                if (clock.phase() == SlaClock.Phase.RUNNING) {
                    // Freeze what the old calendar counted, then go on counting with the new one.
                    clock = clock.pause(at, oldCalendar).resume(at);
                }
                clock = clock.retarget(target);
                set(kind, Promise.of(clock, calendar(), policy.warningShare(), alertKept(current.alerted(), clock, at)));
                mark(kind, SlaMark.Move.RETARGETED, chosen.key(), at, clock, calendar());
            } else if (target != null && isLive(kind, situation)) {
                start(kind, chosen.key(), at);
                if (situation.paused()) {
                    move(kind, at, SlaMark.Move.PAUSED, "paused", c -> c.pause(at, calendar()));
                }
            }
        }
        refresh();
    }

    /** Staff's public reply keeps the first-response and next-response promises. */
    void staffReplied(Instant at) {
        for (var kind : List.of(Promise.Kind.FIRST_RESPONSE, Promise.Kind.NEXT_RESPONSE)) {
            moveActive(kind, at, SlaMark.Move.STOPPED, "reply", c -> c.stop(at, calendar()));
        }
        refresh();
    }

    /**
     * The requester wrote: once the first response is given, each message awaiting an answer starts a
     * next-response promise, unless one is already running for an earlier message.
     */
    void requesterWrote(Instant at) {
        var first = get(Promise.Kind.FIRST_RESPONSE);
        var next = get(Promise.Kind.NEXT_RESPONSE);
        if (policy == null || policy.target(Promise.Kind.NEXT_RESPONSE) == null
                || first != null && first.isActive() || next != null && next.isActive()) {
            return;
        }
        start(Promise.Kind.NEXT_RESPONSE, "requester message", at);
        refresh();
    }

    /** Waiting on the requester or on hold pauses every running promise; back to work resumes them. */
    void statusMoved(TicketStatus from, TicketStatus to, Instant at) {
        var reason = to.name();
        if (isDone(to)) {
            if (!isDone(from)) {
                for (var kind : Promise.Kind.values()) {
                    moveActive(kind, at, SlaMark.Move.STOPPED, reason, c -> c.stop(at, calendar()));
                }
            }
            autoCloseAt = to == TicketStatus.RESOLVED && policy != null
                    ? at.plus(Duration.ofDays(policy.autoCloseDays())) : null;
        } else if (isDone(from)) {
            autoCloseAt = null;
            var resolved = get(Promise.Kind.RESOLUTION);
            if (resolved != null && resolved.phase() == SlaClock.Phase.STOPPED) {
                move(Promise.Kind.RESOLUTION, at, SlaMark.Move.REOPENED, reason, c -> c.reopen(at));
            }
            if (isPausing(to)) {
                move(Promise.Kind.RESOLUTION, at, SlaMark.Move.PAUSED, reason, c -> c.pause(at, calendar()));
            }
        } else if (isPausing(to) && !isPausing(from)) {
            for (var kind : Promise.Kind.values()) {
                moveIf(kind, SlaClock.Phase.RUNNING, at, SlaMark.Move.PAUSED, reason, c -> c.pause(at, calendar()));
            }
        } else if (!isPausing(to) && isPausing(from)) {
            for (var kind : Promise.Kind.values()) {
                moveIf(kind, SlaClock.Phase.PAUSED, at, SlaMark.Move.RESUMED, reason, c -> c.resume(at));
            }
        }
        refresh();
    }

    /** Announces each warning and breach due at {@code now} and not announced before. */
    List<Raised> raiseDue(Instant now) {
        var raised = new ArrayList<Raised>();
        for (var kind : Promise.Kind.values()) {
            var promise = get(kind);
            var alert = promise == null ? null : promise.dueAlert(now);
            if (alert != null) {
                var after = promise.alerted(alert);
                set(kind, after);
                raised.add(new Raised(kind, promise.state(), after.state()));
                mark(kind, alert == Promise.Alert.BREACHED ? SlaMark.Move.BREACHED : SlaMark.Move.WARNED, null,
                        now, promise.clock(), calendar());
            }
        }
        refresh();
        return raised;
    }

    /** Hands over the marks made since the last call, of the ticket, for persisting. */
    List<SlaMark> takeNewMarks(Ticket ticket) {
        if (newMarks == null) {
            return List.of();
        }
        var taken = newMarks.stream().map(m -> m.of(ticket)).toList();
        newMarks.clear();
        return taken;
    }

    // ---- the promises' clocks

    private void start(Promise.Kind kind, String reason, Instant at) {
        var clock = SlaClock.forTarget(policy.target(kind)).start(at);
        set(kind, Promise.of(clock, calendar(), policy.warningShare(), Promise.Alert.NONE));
        mark(kind, SlaMark.Move.STARTED, reason, at, clock, calendar());
    }

    private void moveActive(Promise.Kind kind, Instant at, SlaMark.Move move, String reason,
                            UnaryOperator<SlaClock> step) {
        var promise = get(kind);
        if (promise != null && promise.isActive()) {
            move(kind, at, move, reason, step);
        }
    }

    private void moveIf(Promise.Kind kind, SlaClock.Phase phase, Instant at, SlaMark.Move move, String reason,
                        UnaryOperator<SlaClock> step) {
        var promise = get(kind);
        if (promise != null && promise.phase() == phase) {
            move(kind, at, move, reason, step);
        }
    }

    private void move(Promise.Kind kind, Instant at, SlaMark.Move move, String reason,
                      UnaryOperator<SlaClock> step) {
        var promise = get(kind);
        var clock = step.apply(promise.clock());
        set(kind, Promise.of(clock, calendar(), policy.warningShare(), promise.alerted()));
        mark(kind, move, reason, at, clock, calendar());
    }

    private void mark(Promise.Kind kind, SlaMark.Move move, String reason, Instant at, SlaClock clock, BusinessCalendar calendar) {
        if (newMarks == null) {
            newMarks = new ArrayList<>();
        }
        newMarks.add(new SlaMark(kind, move, reason, at, calendar == null ? Duration.ZERO : clock.consumed(at, calendar), clock.target()));
    }

    /**
     * The alert already raised, lowered to what the retargeted clock has reached so that a higher
     * target can warn again, but never raised: crossing a threshold is announced by the watch.
     */
    private Promise.Alert alertKept(Promise.Alert raised, SlaClock clock, Instant at) {
        var consumed = clock.consumed(at, calendar());
        var reached = consumed.compareTo(clock.target()) >= 0 ? Promise.Alert.BREACHED
                : consumed.compareTo(clock.warningAmount(policy.warningShare())) >= 0 ? Promise.Alert.WARNING
                : Promise.Alert.NONE;
        return raised.compareTo(reached) <= 0 ? raised : reached;
    }

    private void refresh() {
        var promises = promises().values();
        promises.stream().filter(Promise::isRunning).map(Promise::dueAt).min(Comparator.naturalOrder())
                .ifPresent(due -> dueAt = due);
        alertAt = promises.stream().map(Promise::nextAlertAt).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        state = overallState(promises.stream().toList());
    }

    /**
     * What needs doing: the worst of the promises still to be kept (breached, warning, ok, paused);
     * when all are settled, met only if every one was.
     */
    static SlaState overallState(List<Promise> promises) {
        if (promises.isEmpty()) {
            return null;
        }
        var active = promises.stream().filter(Promise::isActive).map(Promise::state).toList();
        if (!active.isEmpty()) {
            return Stream.of(SlaState.BREACHED, SlaState.WARNING, SlaState.OK, SlaState.PAUSED)
                    .filter(active::contains).findFirst().orElse(SlaState.OK);
        }
        return promises.stream().anyMatch(p -> p.state() == SlaState.BREACHED) ? SlaState.BREACHED : SlaState.MET;
    }

    private BusinessCalendar calendar() {
        return policy.calendar().rules();
    }

    private static boolean isLive(Promise.Kind kind, Situation situation) {
        return switch (kind) {
            case FIRST_RESPONSE -> situation.unresolved() && !situation.responded();
            case NEXT_RESPONSE -> false;
            case RESOLUTION -> situation.unresolved();
        };
    }

    private static boolean isDone(TicketStatus status) {
        return status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
    }

    private static boolean isPausing(TicketStatus status) {
        return status == TicketStatus.WAITING || status == TicketStatus.ON_HOLD;
    }

    private Promise get(Promise.Kind kind) {
        return switch (kind) {
            case FIRST_RESPONSE -> firstResponse;
            case NEXT_RESPONSE -> nextResponse;
            case RESOLUTION -> resolution;
        };
    }

    private void set(Promise.Kind kind, Promise promise) {
        switch (kind) {
            case FIRST_RESPONSE -> firstResponse = promise;
            case NEXT_RESPONSE -> nextResponse = promise;
            case RESOLUTION -> resolution = promise;
        }
    }

    // ---- read access

    public SlaPolicy policy() {
        return policy;
    }

    /** The promises made, by kind, in their order. */
    public Map<Promise.Kind, Promise> promises() {
        var made = new EnumMap<Promise.Kind, Promise>(Promise.Kind.class);
        for (var kind : Promise.Kind.values()) {
            Optional.ofNullable(get(kind)).ifPresent(p -> made.put(kind, p));
        }
        return made;
    }

    /** When the promise is due if its clock runs; null otherwise. */
    public Instant dueAt(Promise.Kind kind) {
        var promise = get(kind);
        return promise == null ? null : promise.dueAt();
    }

    public SlaState state() {
        return state;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant alertAt() {
        return alertAt;
    }

    public Instant autoCloseAt() {
        return autoCloseAt;
    }
}
