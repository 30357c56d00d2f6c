package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Category;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.Problems;
import org.bilet.platform.StaleVersionException;

/** Where tickets are opened, changed and answered. */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketDesk {

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    /** Opens a ticket for the caller, or for the named requester when the caller is staff. */
    public TicketDetails open(@NotNull @Valid NewTicket request) {
        var actor = actors.current();
        var problems = new Problems();
        var requester = actor.user();
        if (request.requester() != null) {
            if (!actor.isStaff()) {
                throw new ForbiddenException("Only staff can open a ticket on someone else's behalf.");
            }
            requester = problems.require("requester", people.user(request.requester()).filter(User::active),
                    "There is no active user '" + request.requester() + "'.");
        }
        if (request.channel() != null && request.channel() != actor.channel() && !actor.isStaff()) {
            problems.add("channel", "Only staff record tickets that came through another channel.");
        }
        var priority = request.priority() == null ? catalog.defaultPriority()
                : problems.find("priority", "priority", request.priority(), catalog::priority);
        var category = problems.find("category", "category", request.category(), catalog::category);
        var tags = problems.capture(() -> Tags.normalize(request.tags()));
        var customValues = catalog.normalizeCustomValues(request.customFields(),
                category == null ? List.of() : category.askedFields(), problems);
        problems.throwIfAny();

        var channel = request.channel() == null ? actor.channel() : request.channel();
        var ticket = new Ticket(nextNumber(), request.subject().strip(), request.description(),
                requester, priority, channel, actor);
        if (category != null) {
            ticket.fileUnder(category, actor);
        }
        ticket.retag(tags, actor);
        customValues.forEach((key, value) -> ticket.putCustomValue(key, value, actor));
        em.persist(ticket);
        tickets.saveHistory(ticket);
        return TicketDetails.of(ticket);
    }

    /**
     * Applies changes to a ticket read at {@code expectedVersion}. The ticket row is locked first,
     * so of two concurrent changes at one version the second always sees the first and is refused.
     */
    public TicketDetails change(@NotNull String number, long expectedVersion, @NotNull TicketChanges changes) {
        var actor = actors.current();
        var ticket = lockedAt(number, expectedVersion, actor);
        if (!actor.isStaff() && changes.touchesMoreThanStatus()) {
            throw new ForbiddenException("Requesters can only confirm or reopen a resolved ticket.");
        }
        apply(ticket, changes, actor);
        tickets.saveHistory(ticket);
        flush(number, expectedVersion);
        return TicketDetails.of(ticket);
    }

    /**
     * Reopens a ticket read at {@code expectedVersion}, with the reason posted as a public reply, in
     * one step: the requester's "not solved" to a resolution. Refused as stale if it changed since,
     * so a reason never answers a resolution the requester has not read.
     */
    public MessageDetails reopen(@NotNull String number, long expectedVersion,
                                 @NotBlank(message = "Say why the ticket is not solved.")
                                 @Size(max = 65000, message = "A message has {max} characters at most.")
                                 String reason) {
        var actor = actors.current();
        var ticket = lockedAt(number, expectedVersion, actor);
        var posted = ticket.reopen(reason, actor);
        em.persist(posted);
        tickets.saveHistory(ticket);
        flush(number, expectedVersion);
        return MessageDetails.of(posted, List.of());
    }

    /** The ticket, locked, if it is still at the version the caller read. */
    private Ticket lockedAt(String number, long expectedVersion, Actor actor) {
        var ticket = tickets.lockedForChange(actor.user(), number);
        checkVersion(ticket, number, expectedVersion);
        return ticket;
    }

    private void flush(String number, long expectedVersion) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException("Ticket " + number + " was changed by someone else; reload it and try again.",
                    expectedVersion + 1);
        }
    }

    private static void checkVersion(Ticket ticket, String number, long expectedVersion) {
        if (ticket.version() != expectedVersion) {
            throw new StaleVersionException("Ticket " + number + " was changed by someone else (it is now at version "
                    + ticket.version() + ", you had version " + expectedVersion + "); reload it and try again.",
                    ticket.version());
        }
    }

    private void apply(Ticket ticket, TicketChanges changes, Actor actor) {
        var problems = new Problems();
        var priority = problems.find("priority", "priority", changes.priority(), catalog::priority);
        Optional<Category> category = resolve(changes.category(), "category", catalog::category, problems);
        Optional<Team> team = resolve(changes.team(), "team", people::team, problems);
        Optional<User> assignee = resolve(changes.assignee(), "assignee", people::user, problems);
        var tags = changes.tags() == null ? null : problems.capture(() -> Tags.normalize(changes.tags()));
        Map<String, String> customValues = changes.customFields() == null ? Map.of()
                : catalog.normalizeCustomValues(changes.customFields(), List.of(), problems);
        problems.throwIfAny();

        if (priority != null) {
            ticket.changePriority(priority, actor);
        }
        if (changes.category() != null) {
            ticket.changeCategory(category.orElse(null), actor);
        }
        if (changes.team() != null) {
            ticket.routeTo(team.orElse(null), actor);
        }
        if (changes.assignee() != null) {
            ticket.assignTo(assignee.orElse(null), actor);
        }
        if (tags != null) {
            ticket.retag(tags, actor);
        }
        customValues.forEach((key, value) -> ticket.putCustomValue(key, value, actor));
        if (changes.status() != null && changes.status() != ticket.status()) {
            ticket.moveTo(changes.status(), changes.resolution(), changes.snoozeUntil(), actor);
        } else if (changes.snoozeUntil() != null) {
            ticket.snooze(changes.snoozeUntil(), actor);
        }
    }

    /** Null: not part of the change; empty: clear; a name: must exist. */
    private static <T> Optional<T> resolve(Optional<String> name, String field,
                                           Function<String, Optional<T>> lookup, Problems problems) {
        return name == null || name.isEmpty() ? Optional.empty()
                : Optional.ofNullable(problems.find(field, field, name.get(), lookup));
    }

    /** Adds a reply or an internal note. */
    public MessageDetails post(@NotNull String number, @NotNull @Valid NewMessage message) {
        var actor = actors.current();
        // Replies serialize on the ticket row instead of failing each other on its version.
        return post(tickets.lockedForChange(actor.user(), number), message, actor);
    }

    /**
     * Adds a reply or note written while looking at the ticket at {@code expectedVersion}: if it
     * changed meanwhile (another reply, a new status), the writer must see that before sending.
     */
    public MessageDetails post(@NotNull String number, long expectedVersion, @NotNull @Valid NewMessage message) {
        var actor = actors.current();
        var ticket = tickets.lockedForChange(actor.user(), number);
        checkVersion(ticket, number, expectedVersion);
        return post(ticket, message, actor);
    }

    private MessageDetails post(Ticket ticket, NewMessage message, Actor actor) {
        var posted = ticket.post(message.body(), message.internal(), actor);
        em.persist(posted);
        tickets.saveHistory(ticket);
        return MessageDetails.of(posted, List.of());
    }

    private TicketNumber nextNumber() {
        var next = (Number) em.createNativeQuery("select next value for ticket_number_seq").getSingleResult();
        return TicketNumber.of(next.longValue());
    }
}
