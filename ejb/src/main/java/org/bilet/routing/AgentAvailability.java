package org.bilet.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether an agent takes new work. An agent without a row is available. Bilet sets an agent away
 * who let {@link #TIMEOUTS_BEFORE_AWAY} automatic assignments in a row time out, so tickets stop
 * waiting on someone who is not there.
 */
@Entity
public class AgentAvailability {

    public static final int TIMEOUTS_BEFORE_AWAY = 3;

    /** Why an agent is away. */
    public enum AwayReason {
        /** The agent said so. */
        CHOSEN,
        /** Bilet: automatic assignments timed out in a row. */
        TIMEOUTS
    }

    @Id
    private Long agentId;

    private boolean available;

    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    private AwayReason awayReason;

    private int timeoutsInRow;

    protected AgentAvailability() {
    }

    /** An available agent's row, made when something about them is first recorded. */
    public AgentAvailability(Long agentId, Instant at) {
        this.agentId = Objects.requireNonNull(agentId);
        this.available = true;
        this.changedAt = Objects.requireNonNull(at);
    }

    /** The agent's own choice; coming back starts the count of timeouts afresh. */
    public void choose(boolean nowAvailable, Instant at) {
        if (nowAvailable != available) {
            changedAt = at;
        }
        available = nowAvailable;
        awayReason = nowAvailable ? null : AwayReason.CHOSEN;
        if (nowAvailable) {
            timeoutsInRow = 0;
        }
    }

    /** An automatic assignment of theirs timed out; returns true when this set them away. */
    public boolean timedOut(Instant at) {
        timeoutsInRow++;
        if (available && timeoutsInRow >= TIMEOUTS_BEFORE_AWAY) {
            available = false;
            awayReason = AwayReason.TIMEOUTS;
            changedAt = at;
            return true;
        }
        return false;
    }

    /** The agent took an assignment: they are there, the count starts again. */
    public void took() {
        timeoutsInRow = 0;
    }

    public Long agentId() {
        return agentId;
    }

    public boolean available() {
        return available;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public AwayReason awayReason() {
        return awayReason;
    }

    public int timeoutsInRow() {
        return timeoutsInRow;
    }
}
