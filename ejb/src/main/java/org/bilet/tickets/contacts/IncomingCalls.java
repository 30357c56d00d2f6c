package org.bilet.tickets.contacts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.Channel;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketDesk;

/**
 * A call that reached the phone system without a ticket: a missed inbound call from a number that
 * exactly one active person has opens a ticket for them (channel PHONE), with the call as its first
 * contact, in one transaction. Anything else is refused and nothing is recorded: an unknown number,
 * a number several people share, an answered or outbound call (staff log those on the ticket they
 * were about).
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class IncomingCalls {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    TicketDesk desk;

    @EJB
    ContactLog contacts;

    /** The ticket a missed call opened, with the call as logged on it. */
    public record OpenedByCall(String ticket, ContactDetails call) {
    }

    public OpenedByCall missedCall(@NotNull NewContact call) {
        var checked = ContactCheck.check(call, clock.instant());
        if (checked.kind() != ContactKind.CALL) {
            throw InvalidInputException.of("type", "Only a call opens a ticket by itself; post a chat to its ticket's events.");
        }
        if (checked.direction() != CallDirection.INBOUND || !checked.missed()) {
            throw new BrokenRuleException("missed", "Only a missed inbound call opens a ticket by itself; "
                    + "log an answered or outbound call on the ticket it was about.");
        }
        var callers = em.createNamedQuery(User.ACTIVE_BY_PHONE, User.class)
                .setParameter("phone", checked.phone())
                .setMaxResults(2)
                .getResultList();
        if (callers.isEmpty()) {
            throw new BrokenRuleException("phone", "No person has the number " + checked.phone() + "; nothing was recorded.");
        }
        if (callers.size() > 1) {
            throw new BrokenRuleException("phone", "Several people have the number " + checked.phone()
                    + "; log the call on a ticket of the right person. Nothing was recorded.");
        }
        var caller = callers.get(0);
        var subject = "Missed call from " + caller.displayName();
        var description = "Missed call from " + caller.displayName() + " (" + checked.phone() + ") at "
                + WHEN.format(checked.occurredAt().atOffset(ZoneOffset.UTC)) + "."
                + (checked.text().isBlank() ? "" : "\n\n" + checked.text());
        var ticket = desk.open(NewTicket.of(subject, description).forRequester(caller.username())
                .via(Channel.PHONE));
        return new OpenedByCall(ticket.number(), contacts.log(ticket.number(), call));
    }
}
