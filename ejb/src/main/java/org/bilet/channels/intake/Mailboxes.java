package org.bilet.channels.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.channels.mail.MailAddresses;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.platform.Page;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.SecretBox;
import org.bilet.platform.Versioned;

/**
 * The mailboxes administrators set up for Bilet to read, each change audited (never the
 * password), and each mailbox's log of what it took in. The password is sealed when it is set and
 * opened only by the poll that uses it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Mailboxes {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]");

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    SecretBox secrets;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @EJB
    MailboxPoller poller;

    @EJB
    MailboxListeners listeners;

    public List<MailboxInfo> all() {
        return em.createNamedQuery(Mailbox.ALL, Mailbox.class).getResultStream().map(this::info).toList();
    }

    public Versioned<MailboxInfo> read(long id) {
        var mailbox = existing(id);
        return new Versioned<>(info(mailbox), mailbox.version());
    }

    public Versioned<MailboxInfo> create(@NotNull(message = "Send the mailbox's settings.") MailboxSettings settings) {
        var team = check(settings, null);
        var mailbox = new Mailbox(settings, team, secrets.seal(settings.password()), clock.instant());
        em.persist(mailbox);
        em.flush();
        audit.record(AuditKind.MAILBOX_CREATED, mailbox.address(), summary(ChangeSummary.of(), mailbox));
        return new Versioned<>(info(mailbox), mailbox.version());
    }

    /** New settings for a mailbox still at the version the caller read; no password keeps the stored one. */
    public Versioned<MailboxInfo> change(long id, long expectedVersion,
                                         @NotNull(message = "Send the mailbox's settings.") MailboxSettings settings) {
        var mailbox = existing(id);
        var what = "Mailbox " + mailbox.address();
        Versioned.check(what, mailbox.version(), expectedVersion);
        var team = check(settings, mailbox);
        var before = info(mailbox);
        boolean newPassword = settings.password() != null && !settings.password().isEmpty();
        mailbox.configure(settings, team, newPassword ? secrets.seal(settings.password()) : null, clock.instant());
        Versioned.flush(em, what, expectedVersion);
        var after = info(mailbox);
        audit.record(AuditKind.MAILBOX_CHANGED, mailbox.address(), changes(before, after, newPassword));
        return new Versioned<>(after, mailbox.version());
    }

    /** Stops reading a mailbox for good; its log stays, so that what it took in is never taken in twice. */
    public void delete(long id) {
        var mailbox = existing(id);
        audit.record(AuditKind.MAILBOX_DELETED, mailbox.address(), ChangeSummary.of());
        em.remove(mailbox);
    }

    /** Reads the mailbox now ("check now"), unless a poll is reading it already. */
    public MailboxPoller.Poll pollNow(long id) {
        existing(id);
        return poller.poll(id, false);
    }

    /** What the mailbox took in, newest first, paged in the database. */
    public Page<ReceivedMailInfo> log(long id, int page, int size) {
        existing(id);
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        var rows = em.createNamedQuery(ReceivedMail.OF_MAILBOX, ReceivedMail.class).setParameter("mailbox", id)
                .setFirstResult(Math.max(0, page) * pageSize).setMaxResults(pageSize).getResultList();
        var ticketIds = rows.stream().map(ReceivedMail::ticketId).filter(Objects::nonNull).distinct().toList();
        var numbers = new HashMap<Long, String>();
        if (!ticketIds.isEmpty()) {
            em.createQuery("select t.id, t.number from Ticket t where t.id in :ids", Object[].class).setParameter("ids", ticketIds)
                    .getResultStream().forEach(row -> numbers.put((Long) row[0], row[1].toString()));
        }
        long total = em.createQuery("select count(r) from ReceivedMail r where r.mailboxId = :mailbox", Long.class)
                .setParameter("mailbox", id).getSingleResult();
        return new Page<>(rows.stream().map(r -> new ReceivedMailInfo(r.id(), r.receivedAt(), r.sender(), r.subject(), r.outcome(),
                r.detail(), r.ticketId() == null ? null : numbers.get(r.ticketId()))).toList(), total, Math.max(0, page), pageSize);
    }

    private MailboxInfo info(Mailbox mailbox) {
        return MailboxInfo.of(mailbox, listeners.state(mailbox.id()));
    }

    /** Everything wrong with the settings at once; the team they name. */
    private Team check(MailboxSettings settings, Mailbox current) {
        var problems = new Problems();
        var address = settings.address() == null ? "" : settings.address().strip();
        var problem = address.contains("<") ? Optional.of("Enter the address alone, like helpdesk@example.com, without a name.")
                : MailAddresses.problemWith(settings.address());
        problem.ifPresentOrElse(text -> problems.add("address", text), () -> {
            boolean taken = em.createQuery("select count(m) from Mailbox m where lower(m.address) = :address and m.id <> :id", Long.class)
                    .setParameter("address", address.toLowerCase(Locale.ROOT))
                    .setParameter("id", current == null ? -1L : current.id()).getSingleResult() > 0;
            if (taken) {
                problems.duplicate("address", "Bilet already reads the mailbox " + address + ".");
            }
        });
        if (settings.host() == null || settings.host().isBlank()) {
            problems.add("host", "Enter the IMAP server's host name.");
        } else if (settings.host().strip().length() > 253 || !HOST.matcher(settings.host().strip()).matches()) {
            problems.add("host", "A host name has letters, digits, dots and dashes only, like imap.example.com.");
        }
        if (settings.port() != null && (settings.port() < 1 || settings.port() > 65535)) {
            problems.add("port", "A port is between 1 and 65535.");
        }
        if (settings.username() == null || settings.username().isBlank()) {
            problems.add("username", "Enter the user name to sign in to the mailbox with.");
        } else if (settings.username().length() > 254) {
            problems.add("username", "A user name has 254 characters at most.");
        }
        if (current == null && (settings.password() == null || settings.password().isEmpty())) {
            problems.add("password", "Enter the password of the mailbox.");
        } else if (settings.password() != null && settings.password().length() > 500) {
            problems.add("password", "A password has 500 characters at most.");
        }
        if (settings.folder() != null && (settings.folder().length() > 200 || settings.folder().chars().anyMatch(Character::isISOControl))) {
            problems.add("folder", "A folder name is one line of 200 characters at most.");
        }
        if (settings.pollSeconds() != null && (settings.pollSeconds() < MailboxSettings.MIN_POLL_SECONDS
                || settings.pollSeconds() > MailboxSettings.MAX_POLL_SECONDS)) {
            problems.add("pollSeconds", "Read the mailbox every " + MailboxSettings.MIN_POLL_SECONDS + " to "
                    + MailboxSettings.MAX_POLL_SECONDS + " seconds.");
        }
        Team team = null;
        if (settings.team() != null && !settings.team().isBlank()) {
            team = problems.find("team", "team", settings.team().strip(), people::team);
        }
        problems.throwIfAny();
        return team;
    }

    private Mailbox existing(long id) {
        var mailbox = em.find(Mailbox.class, id);
        if (mailbox == null) {
            throw new ResourceNotFoundException("There is no mailbox " + id + ".");
        }
        return mailbox;
    }

    private static ChangeSummary summary(ChangeSummary summary, Mailbox m) {
        return summary.value("server", m.host() + ":" + m.port() + (m.ssl() ? " (SSL)" : "")).value("user", m.username())
                .value("folder", m.folder()).value("team", m.team() == null ? null : m.team().key())
                .value("poll seconds", m.pollSeconds()).value("IDLE", m.idle()).value("unknown senders", m.unknownSenders())
                .value("active", m.active());
    }

    private static ChangeSummary changes(MailboxInfo before, MailboxInfo after, boolean newPassword) {
        var summary = ChangeSummary.of()
                .change("address", before.address(), after.address())
                .change("server", before.host() + ":" + before.port(), after.host() + ":" + after.port())
                .change("SSL", before.ssl(), after.ssl())
                .change("user", before.username(), after.username())
                .change("folder", before.folder(), after.folder())
                .change("team", before.team(), after.team())
                .change("poll seconds", before.pollSeconds(), after.pollSeconds())
                .change("IDLE", before.idle(), after.idle())
                .change("unknown senders", before.unknownSenders(), after.unknownSenders())
                .change("active", before.active(), after.active());
        return newPassword ? summary.note("password changed") : summary;
    }
}
