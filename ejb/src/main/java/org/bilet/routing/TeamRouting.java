package org.bilet.routing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.bilet.people.Team;

/**
 * How one team hands out its tickets, and whose turn it is in round-robin. A team without one is
 * {@link RoutingMode#MANUAL} without a timeout.
 */
@Entity
public class TeamRouting {

    @Id
    private Long teamId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Enumerated(EnumType.STRING)
    private RoutingMode mode;

    @Column(name = "assignment_timeout_minutes")
    private Integer assignmentTimeoutMinutes;

    /** The agent round-robin chose last; the next turn goes to the one after. */
    private Long lastAssigneeId;

    protected TeamRouting() {
    }

    public TeamRouting(Team team) {
        this.team = Objects.requireNonNull(team);
        this.mode = RoutingMode.MANUAL;
    }

    /** A new mode and timeout (null: automatic assignments never return to the queue). */
    public void configure(RoutingMode newMode, Integer timeoutMinutes) {
        this.mode = Objects.requireNonNull(newMode);
        this.assignmentTimeoutMinutes = timeoutMinutes;
    }

    /** Remembers whose turn it was, so the next round-robin turn goes to the agent after them. */
    public void turnTaken(Long agentId) {
        this.lastAssigneeId = agentId;
    }

    public boolean assignsAutomatically() {
        return mode != RoutingMode.MANUAL;
    }

    public Team team() {
        return team;
    }

    public RoutingMode mode() {
        return mode;
    }

    public Integer assignmentTimeoutMinutes() {
        return assignmentTimeoutMinutes;
    }

    public Optional<Duration> assignmentTimeout() {
        return Optional.ofNullable(assignmentTimeoutMinutes).map(Duration::ofMinutes);
    }

    public Long lastAssigneeId() {
        return lastAssigneeId;
    }
}
