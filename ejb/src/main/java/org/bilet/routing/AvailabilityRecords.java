package org.bilet.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** An agent's availability row, made on first use: an agent without one is available. */
@ApplicationScoped
public class AvailabilityRecords {

    @Inject
    EntityManager em;

    public AgentAvailability of(Long agentId, Instant at) {
        var row = em.find(AgentAvailability.class, agentId);
        if (row == null) {
            row = new AgentAvailability(agentId, at);
            em.persist(row);
        }
        return row;
    }
}
