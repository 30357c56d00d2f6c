package org.bilet.demo;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.bilet.people.Team;
import org.bilet.routing.RoutingMode;
import org.bilet.routing.TeamRouting;

/**
 * Two teams hand their tickets out on their own: Facilities takes turns (and takes a ticket back
 * from an agent who leaves it untouched for half an hour), HR & Payroll gives each ticket to whoever
 * has the least open work. The other teams assign by hand.
 */
final class DemoRouting {

    private final EntityManager em;
    private final Map<String, Team> teams;

    DemoRouting(EntityManager em, Map<String, Team> teams) {
        this.em = em;
        this.teams = teams;
    }

    void create() {
        route("facilities", RoutingMode.ROUND_ROBIN, 30);
        route("hr-payroll", RoutingMode.LEAST_LOADED, null);
    }

    private void route(String teamKey, RoutingMode mode, Integer timeoutMinutes) {
        var team = teams.get(teamKey);
        if (team == null) {
            throw new IllegalStateException("The demo has no team " + teamKey);
        }
        var routing = new TeamRouting(team);
        routing.configure(mode, timeoutMinutes);
        em.persist(routing);
    }
}
