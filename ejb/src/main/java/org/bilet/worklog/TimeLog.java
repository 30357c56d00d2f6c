package org.bilet.worklog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.tickets.TicketRepository;

/**
 * Staff log the time they spend on a ticket and read what was logged. A ticket the caller may not
 * see is as unknown as a missing one; requesters are refused by role.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TimeLog {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketRepository tickets;

    @Inject
    Clock clock;

    /** Logs time spent by the caller on the ticket, now. */
    public TimeEntryInfo log(@NotNull String number, @NotNull(message = "Send the minutes you spent.") @Valid NewTimeEntry entry) {
        var agent = currentUser.get();
        var ticket = tickets.visibleTo(agent, number);
        var logged = new TimeEntry(ticket, agent, entry.minutes(), entry.note(), clock.instant());
        em.persist(logged);
        return TimeEntryInfo.of(logged);
    }

    public TicketTime of(@NotNull String number) {
        var ticket = tickets.visibleTo(currentUser.get(), number);
        var entries = em.createNamedQuery(TimeEntry.OF_TICKET, TimeEntry.class)
                .setParameter("ticket", ticket)
                .getResultStream().map(TimeEntryInfo::of).toList();
        return new TicketTime(ticket.number().value(), entries.stream().mapToLong(TimeEntryInfo::minutes).sum(), entries);
    }
}
