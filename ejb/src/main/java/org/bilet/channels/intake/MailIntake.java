package org.bilet.channels.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.bilet.admin.ImportedUser;
import org.bilet.admin.UserAccounts;
import org.bilet.channels.mail.AnsweredMail;
import org.bilet.channels.mail.MailTransport;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.Settings;
import org.bilet.platform.TooLargeException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Channel;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.SystemTicketDesk;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketNumber;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.attachments.StagedFile;
import org.bilet.tickets.attachments.TicketAttachments;

/**
 * Takes one message read from a mailbox into Bilet, in a transaction of its own: a new ticket, a
 * reply on the ticket it answers, an internal note for review when a stranger writes into a
 * ticket, or nothing (an automatic message, a bounce, Bilet's own mail, a sender over the limit).
 * Either way a {@link ReceivedMail} row is written first under the message's dedupe key, so a
 * message read again, after a crash or through another mailbox, is stored once: the poller marks
 * it seen only after this transaction has committed.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class MailIntake {

    /** What became of a message, and the ticket it reached. */
    public record Taken(Outcome outcome, String ticketNumber) {
    }

    static final String ORIGINAL_FILE_NAME = "original-mail.eml";

    @Inject
    EntityManager em;

    @Inject
    MailThreads threads;

    @Inject
    PeopleLookup people;

    @Inject
    Actors actors;

    @Inject
    MailTransport transport;

    @Inject
    AnsweredMail answered;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @EJB
    SystemTicketDesk desk;

    @EJB
    TicketAttachments attachments;

    @EJB
    UserAccounts accounts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Taken take(long mailboxId, byte[] raw) {
        IncomingMail mail;
        try {
            mail = IncomingMail.parse(raw);
        } catch (IllegalArgumentException e) {
            mail = IncomingMail.unreadable(raw);
        }
        var claimed = claim(mail, mailboxId);
        if (claimed.isEmpty()) {
            return new Taken(Outcome.DUPLICATE, null);
        }
        return decide(mail, em.find(Mailbox.class, mailboxId), claimed.get());
    }

    /**
     * Logs a message whose intake failed (a file Bilet refuses, a text it cannot store), so that it
     * is not read and refused again at every poll; it stays in the mailbox for a person to see.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Taken failed(long mailboxId, byte[] raw, String reason) {
        IncomingMail mail;
        try {
            mail = IncomingMail.parse(raw);
        } catch (IllegalArgumentException e) {
            mail = IncomingMail.unreadable(raw);
        }
        var claimed = claim(mail, mailboxId);
        claimed.ifPresent(log -> log.settle(Outcome.FAILED, reason, null));
        return new Taken(claimed.isPresent() ? Outcome.FAILED : Outcome.DUPLICATE, null);
    }

    /** The log row, written and flushed before anything else; empty when the message is stored already. */
    private Optional<ReceivedMail> claim(IncomingMail mail, long mailboxId) {
        if (em.createNamedQuery(ReceivedMail.KEY_TAKEN, Long.class).setParameter("key", mail.dedupeKey()).getSingleResult() > 0) {
            return Optional.empty();
        }
        var log = new ReceivedMail(mail, mailboxId, clock.instant(), Outcome.UNREADABLE, null, null);
        try {
            em.persist(log);
            em.flush();
        } catch (PersistenceException raced) {
            // Another poll inserted the same key meanwhile and committed: this transaction is spoiled, the message is stored.
            throw new AlreadyTaken();
        }
        return Optional.of(log);
    }

    private Taken decide(IncomingMail mail, Mailbox mailbox, ReceivedMail log) {
        if (mail.senderAddress() == null) {
            return settle(log, Outcome.UNREADABLE, "No sender address Bilet could answer.", null);
        }
        switch (mail.noise()) {
            case BOUNCE -> {
                return settle(log, Outcome.BOUNCE, null, null);
            }
            case AUTOMATIC -> {
                return settle(log, Outcome.AUTOMATIC, null, null);
            }
            case NONE -> {
                // A person's, as far as the headers tell.
            }
        }
        if (ownAddresses().contains(mail.senderAddress())) {
            return settle(log, Outcome.OWN_MAIL, null, null);
        }
        var sinceHour = clock.instant().minus(Duration.ofHours(1));
        long recent = em.createNamedQuery(ReceivedMail.FROM_SENDER_SINCE, Long.class)
                .setParameter("sender", mail.senderAddress()).setParameter("since", sinceHour).getSingleResult();
        if (recent > settings.mailSenderLimit()) {
            return settle(log, Outcome.RATE_LIMITED, "More than " + settings.mailSenderLimit() + " messages within an hour.", null);
        }
        var sender = people.user(mail.senderAddress());
        var answered = threads.of(mail);
        if (answered.isPresent()) {
            var ticket = answered.get();
            if (sender.isPresent() && sender.get().active() && belongsTo(sender.get(), ticket)) {
                return ticket.status() == TicketStatus.CLOSED
                        ? open(log, mail, mailbox, sender.get(), "Follow-up to " + ticket.number() + ", which is closed.")
                        : reply(log, mail, ticket, sender.get());
            }
            return holdForReview(log, mail, ticket);
        }
        if (sender.isPresent()) {
            return sender.get().active() ? open(log, mail, mailbox, sender.get(), null)
                    : settle(log, Outcome.UNKNOWN_SENDER, "The sender's account is deactivated.", null);
        }
        if (mailbox != null && mailbox.unknownSenders() == UnknownSenders.REFUSE) {
            return settle(log, Outcome.UNKNOWN_SENDER, "No user has this address, and the mailbox takes mail from users only.", null);
        }
        return open(log, mail, mailbox, newRequester(mail, mailbox), null);
    }

    private Taken open(ReceivedMail log, IncomingMail mail, Mailbox mailbox, User requester, String preface) {
        answered.answering(mail.messageId());
        var body = MailText.of(mail, false);
        var files = stage(mail, body);
        var text = preface == null ? body.text() : MailText.prefaced(preface, body.text());
        var subject = mail.subject().isBlank() ? "(no subject)" : MailText.clip(mail.subject(), 200);
        var opened = desk.open(actors.person(requester, Channel.EMAIL), NewTicket.of(subject, text), files);
        if (mailbox != null && mailbox.team() != null && !mailbox.team().key().equals(opened.team())) {
            desk.change(actors.system(), opened.number(), opened.version(),
                    TicketChanges.none().withTeam(Optional.of(mailbox.team().key())));
        }
        return settle(log, Outcome.TICKET_OPENED, null, idOf(opened.number()), opened.number());
    }

    /**
     * The sender's answer on the ticket: public, except staff answering a mail Bilet sent staff about
     * their work (a mention, a watched note, an assignment…), which stays an internal note: an answer
     * meant for colleagues never reaches the requester.
     */
    private Taken reply(ReceivedMail log, IncomingMail mail, Ticket ticket, User sender) {
        var body = MailText.of(mail, true);
        var files = stage(mail, body);
        var internal = sender.isStaff() && threads.answersStaffNotice(mail);
        desk.post(actors.person(sender, Channel.EMAIL), ticket.number().value(), new NewMessage(body.text(), internal), files);
        return settle(log, Outcome.REPLY_ADDED, null, ticket.id(), ticket.number().value());
    }

    /** A stranger writing into a ticket neither hijacks it nor is lost: staff see it as a note and decide. */
    private Taken holdForReview(ReceivedMail log, IncomingMail mail, Ticket ticket) {
        var body = MailText.of(mail, true);
        var files = stage(mail, body);
        var preface = "Mail from " + mail.senderAddress() + " held for review: the sender is neither the requester nor part of this "
                + "ticket, so it was not added as a reply. Subject: " + MailText.clip(mail.subject(), 200);
        desk.post(actors.system(), ticket.number().value(), new NewMessage(MailText.prefaced(preface, body.text()), true), files);
        return settle(log, Outcome.HELD_FOR_REVIEW, mail.senderAddress(), ticket.id(), ticket.number().value());
    }

    /** Who may answer a ticket by mail: its requester, staff, its watchers, and whoever already wrote in it. */
    private boolean belongsTo(User sender, Ticket ticket) {
        if (sender.equals(ticket.requester()) || sender.isStaff() || ticket.isWatchedBy(sender)) {
            return true;
        }
        return em.createQuery("select count(m) from Message m where m.ticket = :ticket and m.author = :sender", Long.class)
                .setParameter("ticket", ticket).setParameter("sender", sender).getSingleResult() > 0;
    }

    private User newRequester(IncomingMail mail, Mailbox mailbox) {
        var name = mail.senderName() == null || mail.senderName().isBlank()
                ? mail.senderAddress().substring(0, mail.senderAddress().indexOf('@')) : mail.senderName().strip();
        int space = name.lastIndexOf(' ');
        var first = MailText.clip(space < 0 ? name : name.substring(0, space), 100);
        var last = MailText.clip(space < 0 ? "" : name.substring(space + 1), 100);
        accounts.createImported(new ImportedUser(null, mail.senderAddress(), first, last, null, true,
                mailbox == null ? "mail" : "mail to " + mailbox.address()));
        return people.user(mail.senderAddress()).orElseThrow();
    }

    /** The message's files, and the whole message as it came; a file over the size limit is named in the text instead. */
    private List<StagedFile> stage(IncomingMail mail, MailText body) {
        var staged = new ArrayList<StagedFile>();
        for (var file : mail.files()) {
            stage(file.name(), file.content(), staged, body);
        }
        stage(ORIGINAL_FILE_NAME, mail.raw(), staged, body);
        return staged;
    }

    private void stage(String name, byte[] content, List<StagedFile> staged, MailText body) {
        try {
            staged.add(attachments.stage(name, new ByteArrayInputStream(content)));
        } catch (TooLargeException e) {
            body.leftOut(name, content.length);
        }
    }

    private HashSet<String> ownAddresses() {
        var own = new HashSet<>(em.createNamedQuery(Mailbox.ADDRESSES, String.class).getResultList());
        own.add(transport.ownAddress());
        return own;
    }

    private Long idOf(String number) {
        return em.createQuery("select t.id from Ticket t where t.number = :number", Long.class)
                .setParameter("number", TicketNumber.parse(number)).getSingleResult();
    }

    private static Taken settle(ReceivedMail log, Outcome outcome, String detail, Long ticketId) {
        return settle(log, outcome, detail, ticketId, null);
    }

    private static Taken settle(ReceivedMail log, Outcome outcome, String detail, Long ticketId, String number) {
        log.settle(outcome, detail, ticketId);
        return new Taken(outcome, number);
    }
}
