package org.bilet.sla;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One promise, such as "resolved within 8 business hours", and how much business time it has used.
 * Immutable: each move returns a new clock. The calendar is passed in rather than held, so the ticket
 * can embed the clock and every move must use the calendar of the ticket's promise.
 * <p>
 * Pausing a paused clock, resuming a running one and stopping a stopped one change nothing, because
 * several ticket events lead to each (waiting on the requester, then on a third party; resolved, then
 * closed); the first stop's verdict stands. A move that makes no sense in the clock's phase (starting
 * twice, pausing or stopping before the start, resuming or pausing a stopped clock, reopening one
 * that is not stopped) is a bug in whoever drives it and throws {@link IllegalStateException}; a move
 * dated before the clock's last one throws {@link IllegalArgumentException}.
 */
public class SlaClock {

    public static final double DEFAULT_WARNING_SHARE = 0.8;

    public enum Phase { NOT_STARTED, RUNNING, PAUSED, STOPPED }

    private Duration target;
    private Phase phase;
    /** When the clock last moved: started, paused, resumed, stopped or reopened. */
    private Instant since;
    /** Business time consumed up to {@link #since}; a running clock adds what has elapsed since. */
    private Duration consumedBefore;
    /** The verdict of the stop, kept as it was even if the target changes afterwards. */
    private boolean stoppedLate;

    private SlaClock(Duration target, Phase phase, Instant since, Duration consumedBefore, boolean stoppedLate) {
        this.target = target;
        this.phase = phase;
        this.since = since;
        this.consumedBefore = consumedBefore;
        this.stoppedLate = stoppedLate;
    }

    /** A clock for the promise of {@code target} business time, not started yet. */
    public static SlaClock forTarget(Duration target) {
        return new SlaClock(validTarget(target), Phase.NOT_STARTED, null, Duration.ZERO, false);
    }

    /** A clock as it was stored (see {@link Promise}). */
    static SlaClock restore(Duration target, Phase phase, Instant since, Duration consumedBefore, boolean stoppedLate) {
        return new SlaClock(validTarget(target), Objects.requireNonNull(phase), since,
                Objects.requireNonNull(consumedBefore), stoppedLate);
    }

    // ---- moves

    public SlaClock start(Instant at) {
        checkNotBefore(at);
        if (phase != Phase.NOT_STARTED) {
            throw refused("start");
        }
        return new SlaClock(target, Phase.RUNNING, at, Duration.ZERO, false);
    }

    /** Stops counting, keeping what was consumed, for example while the ticket waits on the requester. */
    public SlaClock pause(Instant at, BusinessCalendar calendar) {
        checkNotBefore(at);
        return switch (phase) {
            case RUNNING -> new SlaClock(target, Phase.PAUSED, at, consumed(at, calendar), false);
            case PAUSED -> this;
            default -> throw refused("pause");
        };
    }

    public SlaClock resume(Instant at) {
        checkNotBefore(at);
        return switch (phase) {
            case PAUSED -> new SlaClock(target, Phase.RUNNING, at, consumedBefore, false);
            case RUNNING -> this;
            default -> throw refused("resume");
        };
    }

    /** Ends the promise: met if stopped before the target was used up, breached otherwise. */
    public SlaClock stop(Instant at, BusinessCalendar calendar) {
        checkNotBefore(at);
        return switch (phase) {
            case RUNNING, PAUSED -> {
                var consumed = consumed(at, calendar);
                yield new SlaClock(target, Phase.STOPPED, at, consumed, isUsedUp(consumed));
            }
            case STOPPED -> this;
            case NOT_STARTED -> throw refused("stop");
        };
    }

    /** Runs a stopped clock again from where it stopped: a reopened ticket keeps the time it used. */
    public SlaClock reopen(Instant at) {
        checkNotBefore(at);
        if (phase != Phase.STOPPED) {
            throw refused("reopen");
        }
        return new SlaClock(target, Phase.RUNNING, at, consumedBefore, false);
    }

    /**
     * Promises another target, as a priority change does, keeping the time already consumed; the due
     * time follows from both. A stopped clock keeps its verdict and uses the new target if reopened.
     */
    public SlaClock retarget(Duration newTarget) {
        return new SlaClock(validTarget(newTarget), phase, since, consumedBefore, stoppedLate);
    }

    // ---- queries

    public Duration target() {
        return target;
    }

    public Phase phase() {
        return phase;
    }

    /** When the clock last moved (started, paused, resumed, stopped or reopened); null before the start. */
    public Instant since() {
        return since;
    }

    /** Business time consumed up to {@code at}; a paused or stopped clock has consumed what it had. */
    public Duration consumed(Instant at, BusinessCalendar calendar) {
        return phase == Phase.RUNNING
                ? consumedBefore.plus(calendar.businessTimeBetween(since, at))
                : consumedBefore;
    }

    /**
     * When the running clock reaches its target; null unless running. If the target was already used
     * up before the clock last resumed (reopened late, or retargeted below what was used), the instant
     * it resumed: overdue since then at the latest.
     */
    public Instant dueAt(BusinessCalendar calendar) {
        return reaches(target, calendar);
    }

    /** When the running clock has consumed {@code amount} (the instant it resumed if it already had); null unless running. */
    public Instant reaches(Duration amount, BusinessCalendar calendar) {
        if (phase != Phase.RUNNING) {
            return null;
        }
        var left = amount.minus(consumedBefore);
        return left.isNegative() ? since : calendar.plusBusinessTime(since, left);
    }

    /** The share of the target that warns, exactly (80 % of ten hours is eight hours). */
    public Duration warningAmount(double warningShare) {
        return Duration.ofNanos(BigDecimal.valueOf(target.toNanos()).multiply(BigDecimal.valueOf(warningShare)).longValue());
    }

    Duration consumedBefore() {
        return consumedBefore;
    }

    boolean stoppedLate() {
        return stoppedLate;
    }

    public SlaState state(Instant at, BusinessCalendar calendar) {
        return state(at, calendar, DEFAULT_WARNING_SHARE);
    }

    /**
     * How the promise stands at {@code at}: a running clock warns once {@code warningShare} of the
     * target is consumed and is breached once all of it is; a clock paused after its target was used
     * up stays breached, since pausing does not undo that. Not started is OK: nothing is used yet.
     */
    public SlaState state(Instant at, BusinessCalendar calendar, double warningShare) {
        if (!(warningShare > 0 && warningShare <= 1)) {
            throw new IllegalArgumentException("The warning share is a fraction of the target above 0 and at most 1: " + warningShare + ".");
        }
        return switch (phase) {
            case NOT_STARTED -> SlaState.OK;
            case STOPPED -> stoppedLate ? SlaState.BREACHED : SlaState.MET;
            case PAUSED -> isUsedUp(consumedBefore) ? SlaState.BREACHED : SlaState.PAUSED;
            case RUNNING -> {
                var consumed = consumed(at, calendar);
                yield isUsedUp(consumed) ? SlaState.BREACHED
                        : isWarned(consumed, warningShare) ? SlaState.WARNING
                        : SlaState.OK;
            }
        };
    }

    /** Reaching the target is missing it: the promise is kept only before the due instant. */
    private boolean isUsedUp(Duration consumed) {
        return consumed.compareTo(target) >= 0;
    }

    /** Exact decimals, so that 80 % of ten hours is eight hours and not a nanosecond more. */
    private boolean isWarned(Duration consumed, double warningShare) {
        var threshold = BigDecimal.valueOf(target.toNanos()).multiply(BigDecimal.valueOf(warningShare));
        return BigDecimal.valueOf(consumed.toNanos()).compareTo(threshold) >= 0;
    }

    private void checkNotBefore(Instant at) {
        Objects.requireNonNull(at, "at");
        if (since != null && at.isBefore(since)) {
            throw new IllegalArgumentException("The clock last moved at " + since + "; it cannot move earlier, at " + at + ".");
        }
    }

    private IllegalStateException refused(String move) {
        return new IllegalStateException("Cannot " + move + " a clock that is " + phase + ".");
    }

    private static Duration validTarget(Duration target) {
        if (Objects.requireNonNull(target, "target").isNegative() || target.isZero()) {
            throw new IllegalArgumentException("An SLA target must be a positive duration: " + target + ".");
        }
        return target;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaClock other && target.equals(other.target) && phase == other.phase
                && Objects.equals(since, other.since) && consumedBefore.equals(other.consumedBefore)
                && stoppedLate == other.stoppedLate;
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, phase, since, consumedBefore, stoppedLate);
    }

    @Override
    public String toString() {
        return "SlaClock[" + phase + (since == null ? "" : " since " + since) + ", consumed " + consumedBefore
                + " of " + target + (stoppedLate ? ", late" : "") + "]";
    }
}
