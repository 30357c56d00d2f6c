package org.bilet.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import org.bilet.people.Roles;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketQueue;

/**
 * How many tickets each queue holds for the caller. The queues every agent shares are counted at
 * most every few seconds for everybody: at a million tickets counting them costs more than a page.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class QueueCounts {

    @Inject
    TicketFinder finder;

    @Inject
    SharedQueueCounts shared;

    public Map<TicketQueue, Long> forMe() {
        var counts = new EnumMap<TicketQueue, Long>(TicketQueue.class);
        for (var queue : TicketQueue.values()) {
            counts.put(queue, isPersonal(queue) ? finder.count(queue) : shared.get(queue, () -> finder.count(queue)));
        }
        return counts;
    }

    private static boolean isPersonal(TicketQueue queue) {
        return queue == TicketQueue.MINE || queue == TicketQueue.UNASSIGNED;
    }
}
