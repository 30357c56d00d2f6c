package org.bilet.tickets;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Category;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.Problems;
import org.bilet.platform.StaleVersionException;
import org.bilet.sla.SlaKeeper;
import org.bilet.tickets.attachments.AttachmentInfo;
import org.bilet.tickets.attachments.FileAttacher;
import org.bilet.tickets.attachments.StagedFile;

/**
 * How tickets are opened, changed and answered, for a given actor. Package-private: people reach it
 * through {@link TicketDesk}, which names the caller as the actor, and Bilet's own work through
 * {@link SystemTicketDesk}, which only runs as the SYSTEM role; nothing else can name an actor.
 */
@Dependent
class TicketWork {

    @Inject
    EntityManager em;

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    @Inject
    FileAttacher attacher;

    @Inject
    SlaKeeper sla;

    TicketDetails open(Actor actor, NewTicket request, List<StagedFile> files) {
        var problems = new Problems();
        var requester = actor.user();
        if (request.requester() != null) {
            if (!actor.isStaff()) {
                throw new ForbiddenException("Only staff can open a ticket on someone else's behalf.");
            }
            requester = problems.require("requester", people.user(request.requester()).filter(User::active),
                    "There is no active user '" + request.requester() + "'.");
        } else if (actor.isSystem()) {
            problems.add("requester", "Say whom the ticket is for.");
        }
        if (request.channel() == Channel.SYSTEM && !actor.isSystem()) {
            problems.add("channel", "Only Bilet itself records tickets it opened on its own.");
        } else if (request.channel() == Channel.IMPORT && actor.channel() != Channel.IMPORT) {
            problems.add("channel", "Only an import records tickets that came from another help desk.");
        } else if (request.channel() != null && request.channel() != actor.channel() && !actor.isStaff()) {
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
        if (request.language() != null) {
            ticket.writtenIn(request.language());
        }
        if (category != null) {
            ticket.fileUnder(category, actor);
        }
        ticket.retag(tags, actor);
        customValues.forEach((key, value) -> ticket.putCustomValue(key, value, actor));
        sla.opening(ticket, actor.at());
        tickets.add(ticket);
        if (!files.isEmpty()) {
            attacher.attach(ticket, null, files, actor);
            tickets.saveChanges(ticket);
        }
        // Observers may have changed the new ticket (routing assigns it): the answer carries the version that is written.
        em.flush();
        return TicketDetails.of(ticket);
    }

    TicketDetails change(Actor actor, String number, long expectedVersion, TicketChanges changes) {
        var ticket = lockedAt(number, expectedVersion, actor);
        if (!actor.isStaff() && changes.touchesMoreThanStatus()) {
            throw new ForbiddenException("Requesters can only confirm or reopen a resolved ticket.");
        }
        apply(ticket, changes, actor);
        tickets.saveChanges(ticket);
        flush(number, expectedVersion);
        return TicketDetails.of(ticket);
    }

    MessageDetails reopen(Actor actor, String number, long expectedVersion, String reason) {
        var ticket = lockedAt(number, expectedVersion, actor);
        var posted = ticket.reopen(reason, actor);
        tickets.saveChanges(ticket);
        flush(number, expectedVersion);
        return MessageDetails.of(posted, List.of());
    }

    /** A reply or note with its files; {@code expectedVersion} null: replies serialize on the row instead. */
    MessageDetails post(Actor actor, String number, Long expectedVersion, NewMessage message, List<StagedFile> files) {
        var ticket = tickets.lockedForChange(actor.user(), number);
        if (expectedVersion != null) {
            checkVersion(ticket, number, expectedVersion);
        }
        var posted = ticket.post(message.body(), message.internal(), actor);
        // The message is persisted first: its files refer to it.
        tickets.saveChanges(ticket);
        var attached = attacher.attach(ticket, posted, files, actor);
        tickets.saveChanges(ticket);
        return MessageDetails.of(posted, attached.stream().map(AttachmentInfo::of).toList());
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

    private TicketNumber nextNumber() {
        var next = (Number) em.createNativeQuery("select next value for ticket_number_seq").getSingleResult();
        return TicketNumber.of(next.longValue());
    }
}
