package org.bilet.routing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket Bilet assigned automatically, waiting for the agent to take it (change it, reply or
 * write a note) before {@link #expiresAt()}. Once taken, withdrawn or expired it is closed
 * (no expiry), and the row stays for the ticket's next offer.
 */
@Entity
@NamedQuery(name = AssignmentOffer.DUE, query = """
        select o.ticketId from AssignmentOffer o where o.expiresAt <= :now order by o.expiresAt""")
public class AssignmentOffer {

    /** Ticket ids of offers expired by :now, read through the index on expires_at. */
    public static final String DUE = "AssignmentOffer.due";

    @Id
    private Long ticketId;

    private Long agentId;

    private Instant offeredAt;

    private Instant expiresAt;

    protected AssignmentOffer() {
    }

    public AssignmentOffer(Long ticketId) {
        this.ticketId = Objects.requireNonNull(ticketId);
    }

    public void offerTo(Long agent, Instant at, Instant until) {
        this.agentId = Objects.requireNonNull(agent);
        this.offeredAt = Objects.requireNonNull(at);
        this.expiresAt = Objects.requireNonNull(until);
    }

    /** Taken by the agent, withdrawn by someone else's change, or expired: nothing is pending. */
    public void close() {
        this.expiresAt = null;
    }

    public boolean isOpen() {
        return expiresAt != null;
    }

    public boolean isDue(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    public Long ticketId() {
        return ticketId;
    }

    public Long agentId() {
        return agentId;
    }

    public Instant offeredAt() {
        return offeredAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
