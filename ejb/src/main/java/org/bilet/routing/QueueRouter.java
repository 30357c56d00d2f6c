package org.bilet.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketRepository;

/**
 * Hands an unassigned ticket to an agent of its team, as the team's routing mode says, within the
 * caller's transaction. The assignment goes through the ticket's own {@code assignTo} with Bilet
 * as the actor, so history shows Bilet assigning and observers hear of it.
 */
@ApplicationScoped
public class QueueRouter {

    @Inject
    EntityManager em;

    @Inject
    TicketRepository tickets;

    @Inject
    Actors actors;

    /**
     * Assigns the ticket if it is open, in a team that routes automatically, and nobody has it.
     * {@code notTo}: an agent who must not get it again (the one who let it time out), or null.
     * No available agent: it stays in the team queue.
     */
    public Optional<User> route(Ticket ticket, Long notTo) {
        if (ticket.team() == null || ticket.assignee() != null || ticket.status().isDone()) {
            return Optional.empty();
        }
        var routing = em.find(TeamRouting.class, ticket.team().id());
        if (routing == null || !routing.assignsAutomatically()) {
            return Optional.empty();
        }
        // Whose turn it is is read and moved under the row lock, so concurrent tickets take turns.
        em.refresh(routing, LockModeType.PESSIMISTIC_WRITE);
        var available = new ArrayList<>(availableAgents(ticket.team().id()));
        available.remove(notTo);
        var chosen = switch (routing.mode()) {
            case MANUAL -> Optional.<Long>empty();
            case ROUND_ROBIN -> AgentChoice.roundRobin(available, routing.lastAssigneeId());
            case LEAST_LOADED -> AgentChoice.leastLoaded(available, routing.lastAssigneeId(), load(available));
            case SKILL_BASED -> AgentChoice.skillBased(available, skilled(ticket), routing.lastAssigneeId(), load(available));
        };
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        var agent = em.find(User.class, chosen.get());
        var bilet = actors.system();
        ticket.assignTo(agent, bilet);
        tickets.saveChanges(ticket);
        routing.turnTaken(agent.id());
        routing.assignmentTimeout().ifPresent(timeout -> offerOf(ticket.id()).offerTo(agent.id(), bilet.at(), bilet.at().plus(timeout)));
        return Optional.of(agent);
    }

    /** Active staff of the team who are not away, by id. */
    List<Long> availableAgents(Long teamId) {
        return em.createQuery("""
                        select distinct m.id from Team t join t.members m join m.roles r
                        where t.id = :team and m.active = true and r in :staff
                          and not exists (select a.agentId from AgentAvailability a where a.agentId = m.id and a.available = false)
                        order by m.id""", Long.class)
                .setParameter("team", teamId)
                .setParameter("staff", List.of(Role.AGENT, Role.MANAGER, Role.ADMIN))
                .getResultList();
    }

    /**
     * Open tickets per agent weighted by priority ({@link AgentChoice#weightOf}), in one grouped
     * query that the (assignee_id, unresolved, …) index narrows to these agents' open tickets.
     */
    Map<Long, Long> load(List<Long> agents) {
        var load = new HashMap<Long, Long>();
        if (agents.isEmpty()) {
            return load;
        }
        em.createQuery("""
                        select t.assignee.id, sum(case when p.rank < 1 then 1 else p.rank end)
                        from Ticket t join t.priority p
                        where t.assignee.id in :agents and t.unresolved = true
                        group by t.assignee.id""", Object[].class)
                .setParameter("agents", agents)
                .getResultStream()
                .forEach(row -> load.put((Long) row[0], ((Number) row[1]).longValue()));
        return load;
    }

    /** The team's agents skilled in the ticket's category; languages wait until tickets have one. */
    private Set<Long> skilled(Ticket ticket) {
        if (ticket.category() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        select s.agent.id from AgentSkills s join s.categories c
                        where s.team.id = :team and c.id = :category""", Long.class)
                .setParameter("team", ticket.team().id())
                .setParameter("category", ticket.category().id())
                .getResultList());
    }

    private AssignmentOffer offerOf(Long ticketId) {
        var offer = em.find(AssignmentOffer.class, ticketId);
        if (offer == null) {
            offer = new AssignmentOffer(ticketId);
            em.persist(offer);
        }
        return offer;
    }
}
