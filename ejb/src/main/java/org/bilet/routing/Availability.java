package org.bilet.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;

/** Staff say whether they take new work; away agents get no automatic assignments. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Availability {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AvailabilityRecords records;

    @Inject
    Clock clock;

    public AvailabilityInfo mine() {
        return AvailabilityInfo.of(em.find(AgentAvailability.class, currentUser.get().id()));
    }

    public AvailabilityInfo setMine(boolean available) {
        var row = records.of(currentUser.get().id(), clock.instant());
        row.choose(available, clock.instant());
        return AvailabilityInfo.of(row);
    }
}
