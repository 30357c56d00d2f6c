package org.bilet.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilet.admin.ImportedUser;
import org.bilet.admin.UserAccounts;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Category;
import org.bilet.imports.ImportRows.MessageRow;
import org.bilet.imports.ImportRows.TicketRow;
import org.bilet.imports.ImportRows.UserRow;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.tickets.Actors;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.SystemTicketDesk;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketNumber;
import org.bilet.tickets.TicketStatus;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Imports one batch of rows in one transaction, through the services that create users, tickets
 * and messages (so their rules hold), with each person acting at the time they acted in the other
 * help desk ({@link Actors#imported}). Every row is checked against the database first (the dry run
 * stops there, and its transaction is rolled back whatever happens); each record created writes
 * its {@link ImportKey} in the same transaction, so a re-run skips it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
@RunAs(Roles.SYSTEM)
@RunAsPrincipal(Actors.SYSTEM_USERNAME)
public class ImportWork {

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    CatalogLookup catalog;

    @Inject
    Actors actors;

    @Inject
    ImportKeys keys;

    @EJB
    SystemTicketDesk desk;

    @EJB
    UserAccounts accounts;

    @Resource
    SessionContext context;

    // A batch has its own transaction so that a large file never runs in one, and a failure loses this batch only.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchResult users(long jobId, ImportSource source, List<UserRow> rows, boolean dryRun) {
        int imported = 0;
        int skipped = 0;
        var bad = new ArrayList<BadRow>();
        for (var row : rows) {
            if (keys.find(source, ImportKey.Kind.USER, row.externalId()).isPresent()
                    || people.user(row.email()).isPresent()) {
                skipped++;
                continue;
            }
            if (row.organization() != null && people.organization(row.organization()).isEmpty()) {
                bad.add(new BadRow(row.file(), row.line(), row.organizationColumn(),
                        "There is no organization '" + row.organization() + "' in Bilet; create it first or leave the column empty."));
                continue;
            }
            if (!dryRun) {
                var account = accounts.createImported(new ImportedUser(row.externalId(), row.email(), row.firstName(),
                        row.lastName(), row.organization(), row.active(), source.title()));
                keys.record(source, ImportKey.Kind.USER, row.externalId(), account.username(), jobId);
            }
            imported++;
        }
        if (dryRun) {
            context.setRollbackOnly();
        }
        return new BatchResult(rows.size(), imported, skipped, bad);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BatchResult tickets(long jobId, ImportSource source, List<TicketUnit> units, boolean dryRun) {
        var result = BatchResult.empty();
        for (var unit : units) {
            result = result.plus(unit.ticket() == null
                    ? messagesOfImported(jobId, source, unit, dryRun)
                    : ticket(jobId, source, unit, dryRun));
        }
        if (dryRun) {
            context.setRollbackOnly();
        }
        return result;
    }

    private BatchResult ticket(long jobId, ImportSource source, TicketUnit unit, boolean dryRun) {
        var row = unit.ticket();
        var number = keys.find(source, ImportKey.Kind.TICKET, row.externalId());
        if (number.isPresent()) {
            return new BatchResult(1, 0, 1, List.of()).plus(messages(jobId, source, number.get(), unit.messages(), dryRun));
        }
        var bad = new ArrayList<BadRow>();
        // A deactivated requester keeps their history: tickets of people who have left come in too.
        var requester = people.user(row.requester());
        var owner = owner(row, bad);
        var team = Optional.<Team>empty();
        var category = Optional.<Category>empty();
        if (row.queue() != null) {
            team = team(row.queue());
            category = team.isPresent() ? Optional.empty() : category(row.queue());
            if (team.isEmpty() && category.isEmpty()) {
                bad.add(new BadRow(row.file(), row.line(), row.queueColumn(), "There is no team or category '" + row.queue()
                        + "' in Bilet; create one with that name or key, or leave the column empty."));
            }
        }
        if (row.priority() != null && catalog.priority(row.priority()).isEmpty()) {
            bad.add(new BadRow(row.file(), row.line(), null, "Bilet's priority scale has no " + row.priority()
                    + ", which " + source.title() + "'s priority maps to; add it or change the file."));
        }
        var description = unit.messages().stream()
                .filter(m -> !m.internal() && m.author().equalsIgnoreCase(row.requester()))
                .findFirst();
        var replies = unit.messages().stream().filter(m -> description.isEmpty() || m != description.get()).toList();
        for (var message : replies) {
            checkAuthor(message, row.requester(), bad);
        }
        if (!bad.isEmpty()) {
            for (var message : unit.messages()) {
                if (bad.stream().noneMatch(b -> b.line() == message.line() && b.file().equals(message.file()))) {
                    bad.add(new BadRow(message.file(), message.line(), null,
                            "Not imported: the ticket " + row.externalId() + " has bad rows."));
                }
            }
            if (bad.stream().noneMatch(b -> b.line() == row.line() && b.file().equals(row.file()))) {
                bad.add(new BadRow(row.file(), row.line(), null, "Not imported: messages of this ticket are bad."));
            }
            return new BatchResult(unit.rows(), 0, 0, bad);
        }
        if (dryRun) {
            return new BatchResult(unit.rows(), unit.rows(), 0, List.of());
        }

        var person = requester.orElseGet(() -> requesterFor(row.requester(), source));
        var request = NewTicket.of(row.subject(), description.map(MessageRow::body).orElse(row.subject()));
        if (row.priority() != null) {
            request = request.withPriority(row.priority());
        }
        if (category.isPresent()) {
            request = request.inCategory(category.get().key());
        }
        var opened = desk.open(actors.imported(person, row.created()), request, List.of());
        var ticketNumber = opened.number();
        keys.record(source, ImportKey.Kind.TICKET, row.externalId(), ticketNumber, jobId);
        description.ifPresent(m -> keys.record(source, ImportKey.Kind.MESSAGE, m.key(), ticketNumber + "#description", jobId));
        if (team.isPresent() || owner != null) {
            var changes = TicketChanges.none();
            if (team.isPresent()) {
                changes = changes.withTeam(Optional.of(team.get().key()));
            }
            if (owner != null) {
                changes = changes.withAssignee(owner.username());
            }
            desk.change(actors.importedBySystem(row.created()), ticketNumber, opened.version(), changes);
        }
        for (var message : replies) {
            post(jobId, source, ticketNumber, message);
        }
        settle(row, ticketNumber, source);
        return new BatchResult(unit.rows(), unit.rows(), 0, List.of());
    }

    /** Moves the ticket to the status it had, at the time it got there; a ticket that got a reply stays OPEN rather than NEW. */
    private void settle(TicketRow row, String number, ImportSource source) {
        var version = em.createQuery("select t.version from Ticket t where t.number = :number", Long.class)
                .setParameter("number", TicketNumber.parse(number)).getSingleResult();
        var status = em.createQuery("select t.status from Ticket t where t.number = :number", TicketStatus.class)
                .setParameter("number", TicketNumber.parse(number)).getSingleResult();
        if (status == row.status() || !status.canMoveTo(row.status())) {
            return;
        }
        var changes = TicketChanges.none().withStatus(row.status());
        if (row.status() == TicketStatus.RESOLVED) {
            changes = changes.withResolution("Resolved in " + source.title() + " before the import.");
        } else if (row.status() == TicketStatus.CLOSED) {
            changes = changes.withResolution("Closed in " + source.title() + " before the import.");
        }
        var at = row.settledAt().isBefore(row.created()) ? row.created() : row.settledAt();
        desk.change(actors.importedBySystem(at), number, version, changes);
    }

    private BatchResult messagesOfImported(long jobId, ImportSource source, TicketUnit unit, boolean dryRun) {
        var number = keys.find(source, ImportKey.Kind.TICKET, unit.ticketId());
        if (number.isEmpty()) {
            var bad = unit.messages().stream().map(m -> new BadRow(m.file(), m.line(), m.ticketColumn(),
                    "The ticket " + m.ticketId() + " is neither a good row of the tickets file nor imported before.")).toList();
            return new BatchResult(unit.rows(), 0, 0, bad);
        }
        return messages(jobId, source, number.get(), unit.messages(), dryRun);
    }

    /** Messages of a ticket imported before: those imported already are skipped, the others posted. */
    private BatchResult messages(long jobId, ImportSource source, String number, List<MessageRow> messages, boolean dryRun) {
        int imported = 0;
        int skipped = 0;
        var bad = new ArrayList<BadRow>();
        var requester = em.createQuery("select t.requester.email from Ticket t where t.number = :number", String.class)
                .setParameter("number", TicketNumber.parse(number)).getSingleResult();
        for (var message : messages) {
            if (keys.find(source, ImportKey.Kind.MESSAGE, message.key()).isPresent()) {
                skipped++;
            } else if (checkAuthor(message, requester, bad)) {
                if (!dryRun) {
                    post(jobId, source, number, message);
                }
                imported++;
            }
        }
        return new BatchResult(messages.size(), imported, skipped, bad);
    }

    private void post(long jobId, ImportSource source, String number, MessageRow message) {
        var author = people.user(message.author()).orElseThrow();
        var posted = desk.post(actors.imported(author, message.created()), number,
                new NewMessage(message.body(), message.internal()), List.of());
        keys.record(source, ImportKey.Kind.MESSAGE, message.key(), number + "#" + posted.id(), jobId);
    }

    /** Whether Bilet can show the message as written by its author: staff, or the ticket's requester. */
    private boolean checkAuthor(MessageRow message, String requesterEmail, List<BadRow> bad) {
        boolean isRequester = message.author().equalsIgnoreCase(requesterEmail);
        var author = people.user(message.author());
        String problem = null;
        if (author.isEmpty() && !isRequester) {
            problem = "There is no user with the e-mail address " + message.author()
                    + " in Bilet; import the users first, or create the agent.";
        } else if (author.isPresent() && !author.get().isStaff() && !isRequester) {
            problem = message.author() + " is neither staff nor the requester of the ticket " + message.ticketId()
                    + ", so Bilet cannot show the message as theirs.";
        } else if (message.internal() && (author.isEmpty() || !author.get().isStaff())) {
            problem = "An internal note by " + message.author() + ", who is not staff in Bilet.";
        }
        if (problem != null) {
            bad.add(new BadRow(message.file(), message.line(), message.authorColumn(), problem));
        }
        return problem == null;
    }

    private User owner(TicketRow row, List<BadRow> bad) {
        if (row.owner() == null) {
            return null;
        }
        var owner = people.user(row.owner()).or(() -> people.user(row.owner().toLowerCase(Locale.ROOT)));
        if (owner.isEmpty() || !owner.get().isStaff() || !owner.get().active()) {
            bad.add(new BadRow(row.file(), row.line(), row.ownerColumn(), "There is no active staff member '" + row.owner()
                    + "' (username or e-mail) in Bilet; create the agent first or leave the column empty."));
            return null;
        }
        return owner.get();
    }

    private User requesterFor(String email, ImportSource source) {
        var local = email.substring(0, email.indexOf('@'));
        accounts.createImported(new ImportedUser(null, email, local, "", null, true, source.title()));
        return people.user(email).orElseThrow();
    }

    private Optional<Team> team(String name) {
        return em.createQuery("select t from Team t where lower(t.key) = lower(:name) or lower(t.name) = lower(:name) order by t.id",
                Team.class).setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<Category> category(String name) {
        return em.createQuery("select c from Category c where lower(c.key) = lower(:name) or lower(c.name) = lower(:name) order by c.id",
                Category.class).setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

}
