package org.bilet.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.platform.Problems;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;

/**
 * Staff hand a ticket to another team or agent and say why. The change and an internal note
 * "Transferred to …: reason" are one transaction, so history and conversation show both or
 * neither; the note goes through the same sanitizing as every message.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Transfers {

    public static final int MAX_REASON = 2000;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    @Inject
    PeopleLookup people;

    @Inject
    EntityManager em;

    public TicketDetails transfer(String number, Transfer transfer) {
        var problems = new Problems();
        if (transfer == null) {
            problems.add("request", "Send the transfer as a JSON object with team or assignee, reason and version.");
            problems.throwIfAny();
        }
        if (transfer.team() == null && transfer.assignee() == null) {
            problems.add("team", "Name the team or the agent to transfer to.");
        }
        var team = problems.find("team", "team", transfer.team(), people::team);
        var agent = problems.find("assignee", "user", transfer.assignee(), people::user);
        if (agent != null && (!agent.isStaff() || !agent.active())) {
            problems.add("assignee", agent.username() + " is not an active agent and cannot be assigned.");
        }
        if (transfer.reason() == null || transfer.reason().isBlank()) {
            problems.add("reason", "Say why the ticket is transferred.");
        } else if (transfer.reason().length() > MAX_REASON) {
            problems.add("reason", "A reason has " + MAX_REASON + " characters at most.");
        }
        if (transfer.version() == null) {
            problems.add("version", "Send the version of the ticket you read, so that you do not overwrite someone else's change.");
        }
        problems.throwIfAny();

        var changes = TicketChanges.none();
        if (team != null) {
            changes = changes.withTeam(Optional.of(team.key()));
        }
        changes = agent == null ? changes.unassigned() : changes.withAssignee(agent.username());
        var changed = desk.change(number, transfer.version(), changes);
        var to = agent != null ? agent.displayName() + (team != null ? " (" + team.name() + ")" : "")
                : team != null ? team.name() : "the team queue";
        desk.post(number, new NewMessage("Transferred to " + to + ": " + transfer.reason().strip(), true));
        em.flush();
        return finder.find(changed.number());
    }
}
