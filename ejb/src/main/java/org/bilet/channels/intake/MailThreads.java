package org.bilet.channels.intake;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bilet.channels.mail.MailTopic;
import org.bilet.channels.mail.NotificationMail;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketNumber;

/**
 * Which ticket a message answers, from what it names, strongest first: Bilet's thread reference
 * ({@code <ticket.BIL-000123@…>}, which every mail about a ticket carries), the Message-ID of a
 * mail Bilet sent or took in about a ticket, then the number in the subject ({@code [BIL-000123]}).
 * An answer about a ticket merged into another goes to the ticket it was merged into.
 */
@Dependent
class MailThreads {

    private static final Pattern THREAD_REFERENCE = Pattern.compile("<ticket\\.(BIL-\\d{6,})@[^>]+>");
    private static final Pattern SUBJECT_NUMBER = Pattern.compile("\\[(BIL-\\d{6,})]", Pattern.CASE_INSENSITIVE);
    private static final int MAX_IDS = 50;
    private static final int MAX_MERGE_HOPS = 10;

    @Inject
    EntityManager em;

    /** The ticket the message answers; a ticket merged into another is followed to where its conversation went on. */
    Optional<Ticket> of(IncomingMail mail) {
        return answered(mail).map(MailThreads::followMerges);
    }

    private static Ticket followMerges(Ticket ticket) {
        var current = ticket;
        for (int hops = 0; current.mergedInto() != null && hops < MAX_MERGE_HOPS; hops++) {
            current = current.mergedInto();
        }
        return current;
    }

    private Optional<Ticket> answered(IncomingMail mail) {
        var ids = mail.answers().stream().limit(MAX_IDS).toList();
        var numbers = new LinkedHashSet<String>();
        for (var id : ids) {
            var reference = THREAD_REFERENCE.matcher(id);
            if (reference.matches()) {
                numbers.add(reference.group(1));
            }
        }
        if (!ids.isEmpty()) {
            purposesAnswered(ids).stream()
                    .filter(purpose -> purpose.startsWith("ticket-") && purpose.contains(":BIL-"))
                    .forEach(purpose -> numbers.add(purpose.substring(purpose.indexOf(':') + 1)));
        }
        for (var number : numbers) {
            var ticket = byNumber(number);
            if (ticket.isPresent()) {
                return ticket;
            }
        }
        if (!ids.isEmpty()) {
            List<Long> taken = em.createNamedQuery(ReceivedMail.TICKET_OF_MESSAGE, Long.class)
                    .setParameter("messageIds", ids).setMaxResults(1).getResultList();
            if (!taken.isEmpty()) {
                return Optional.ofNullable(em.find(Ticket.class, taken.get(0)));
            }
        }
        var inSubject = SUBJECT_NUMBER.matcher(mail.subject());
        return inSubject.find() ? byNumber(inSubject.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /**
     * Whether the message answers a mail Bilet sent staff about their work (a mention, a watched
     * note, an assignment…): staff answering one talk to colleagues, not to the requester.
     */
    boolean answersStaffNotice(IncomingMail mail) {
        var ids = mail.answers().stream().limit(MAX_IDS).toList();
        return !ids.isEmpty() && purposesAnswered(ids).stream()
                .anyMatch(purpose -> NotificationMail.topicOf(purpose).filter(MailTopic::answeredInternally).isPresent());
    }

    /** The delivery-log purposes of Bilet's own mails among the Message-IDs a message names. */
    private List<String> purposesAnswered(List<String> ids) {
        return em.createQuery("select m.purpose from OutgoingMail m where m.messageId in :ids", String.class)
                .setParameter("ids", ids).getResultList();
    }

    private Optional<Ticket> byNumber(String number) {
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                .setParameter("number", new TicketNumber(number))
                .getResultStream().findFirst();
    }
}
