package org.bilet.channels.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bilet.channels.mail.preferences.MailPreferences;
import org.bilet.notifications.Notified;
import org.bilet.people.User;
import org.bilet.platform.Settings;
import org.bilet.tickets.Message;
import org.bilet.tickets.RichText;
import org.bilet.tickets.Ticket;

/**
 * The mail copy of each notification ({@link Notified}): queued in the notification's transaction,
 * to whoever wants that kind of mail ({@link MailPreferences}), worded by {@link Letters} in their
 * language, threaded with the ticket's other mail. It carries the message the notification is
 * about, and never an internal one to someone outside staff. The ticket's requester hears of their
 * own ticket through {@link RequesterMail} only, never twice.
 */
@ApplicationScoped
public class NotificationMail {

    /** How the delivery log names these mails ({@code notice-assigned:BIL-000123}); an answer to one is staff talking to staff. */
    public static final String PURPOSE_PREFIX = "notice-";

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Letters letters;

    @Inject
    MailPreferences preferences;

    @Inject
    MailTransport transport;

    @Inject
    Settings settings;

    /** The topic of a notice mail from its purpose in the delivery log; empty for any other mail. */
    public static Optional<MailTopic> topicOf(String purpose) {
        if (purpose == null || !purpose.startsWith(PURPOSE_PREFIX) || purpose.indexOf(':') < 0) {
            return Optional.empty();
        }
        var name = purpose.substring(PURPOSE_PREFIX.length(), purpose.indexOf(':')).toUpperCase(Locale.ROOT);
        return Arrays.stream(MailTopic.values()).filter(topic -> topic.name().equals(name)).findFirst();
    }

    void notified(@Observes Notified notified) {
        var reader = notified.recipient();
        var ticket = notified.ticket();
        var topic = MailTopic.valueOf(notified.kind().name());
        if (!Readers.reachable(reader) || (!reader.isStaff() && reader.equals(ticket.requester()))
                || !preferences.wants(reader, topic)) {
            return;
        }
        var message = notified.messageId() == null ? null : em.find(Message.class, notified.messageId());
        if (message != null && message.internal() && !reader.isStaff()) {
            return;
        }
        var locale = Readers.locale(reader);
        var letter = letters.template(topic, locale).render(values(notified, reader, locale),
                message == null ? null : RichText.of(message.body()));
        var number = ticket.number().value();
        var thread = MessageIds.ticketThread(number, transport.messageIdDomain());
        mailer.queue(OutgoingMailDraft.of(PURPOSE_PREFIX + topic.name().toLowerCase(Locale.ROOT) + ":" + number,
                        List.of(reader.email()), letter.subject(), letter.text())
                .withHtml(letter.html())
                .inReplyTo(thread, List.of(thread)));
    }

    private HashMap<String, String> values(Notified notified, User reader, Locale locale) {
        var ticket = notified.ticket();
        var number = ticket.number().value();
        var values = new HashMap<String, String>();
        values.put("name", Readers.greeted(reader));
        values.put("number", number);
        values.put("subject", ticket.subject());
        values.put("link", link(ticket, reader).toString());
        var argument = notified.arguments().isEmpty() ? null : notified.arguments().get(0);
        switch (notified.kind()) {
            case SLA_WARNING, SLA_BREACHED -> values.put("promise", Letters.word("promise." + argument, locale));
            case RULE -> values.put("rule", argument);
            default -> values.put("by", argument);
        }
        return values;
    }

    /** Staff open the ticket on the desk, everyone else in the portal. */
    private URI link(Ticket ticket, User reader) {
        return settings.baseUrl().resolve((reader.isStaff() ? "desk" : "portal") + "/ticket.xhtml?number=" + ticket.number().value());
    }
}
