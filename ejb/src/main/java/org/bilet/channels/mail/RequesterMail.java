package org.bilet.channels.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.bilet.channels.mail.preferences.MailPreferences;
import org.bilet.people.PeopleLookup;
import org.bilet.people.User;
import org.bilet.platform.Settings;
import org.bilet.tickets.Message;
import org.bilet.tickets.RichText;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.events.ChangesSaved;
import org.bilet.tickets.events.MessagePosted;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketRef;

/**
 * Tells a ticket's requester by mail what they must know ({@link RequesterNotice}): queued in the
 * transaction of the change, so a change that rolls back mails nothing, and sent after it commits.
 * Each mail names the ticket in its subject ({@code [BIL-000123]}) and belongs to the ticket's
 * thread, so that an answer finds its way back. A requester without an address, inactive, one
 * of Bilet's own accounts, or who turned that kind of mail off ({@link MailPreferences}) gets none.
 */
@ApplicationScoped
public class RequesterMail {

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    MailTransport transport;

    @Inject
    Settings settings;

    @Inject
    PeopleLookup people;

    @Inject
    MailPreferences preferences;

    @Inject
    AnsweredMail answered;

    @Inject
    Event<ResolutionMailing> resolutionMailing;

    @Inject
    Letters letters;

    void saved(@Observes ChangesSaved saved) {
        if (saved.imported()) {
            return;
        }
        var ticket = em.find(Ticket.class, saved.ticket().id());
        if (ticket == null || !Readers.reachable(ticket.requester())) {
            return;
        }
        RequesterNotice.of(saved.changes(), ticket.requester().username())
                .filter(notice -> preferences.wants(ticket.requester(), MailTopic.valueOf(notice.name())))
                .ifPresent(notice -> send(notice, ticket, saved.changes()));
    }

    private void send(RequesterNotice notice, Ticket ticket, List<TicketChange> unit) {
        var requester = ticket.requester();
        var number = ticket.number().value();
        // A merged ticket's mail leads to the ticket it went into, which the requester now watches.
        var mergedInto = notice == RequesterNotice.MERGED && ticket.mergedInto() != null ? ticket.mergedInto().number().value() : null;
        var told = new RequesterLetter(notice, Readers.greeted(requester), number, ticket.subject(),
                settings.baseUrl().resolve("portal/ticket.xhtml?number=" + (mergedInto == null ? number : mergedInto)).toString(),
                by(notice, unit), content(notice, ticket, unit), surveyLink(notice, ticket), mergedInto);
        var letter = told.render(letters.template(told.topic(), Readers.locale(requester)));
        var thread = MessageIds.ticketThread(number, transport.messageIdDomain());
        // A ticket opened by mail is acknowledged in answer to that mail, within the ticket's thread.
        var answering = notice == RequesterNotice.RECEIVED ? answered.messageId() : null;
        mailer.queue(OutgoingMailDraft.of("ticket-" + notice.name().toLowerCase(Locale.ROOT) + ":" + number,
                        List.of(requester.email()), letter.subject(), letter.text())
                .withHtml(letter.html())
                .inReplyTo(answering == null ? thread : answering, answering == null ? List.of(thread) : List.of(thread, answering)));
    }

    /**
     * The link to rate the work that a resolution mail carries, when a capability offers one
     * ({@link ResolutionMailing}, asked here in the change's transaction); null otherwise.
     */
    private String surveyLink(RequesterNotice notice, Ticket ticket) {
        if (notice != RequesterNotice.RESOLVED) {
            return null;
        }
        var mailing = new ResolutionMailing(new TicketRef(ticket.id(), ticket.number().value()), ticket.requester().username());
        resolutionMailing.fire(mailing);
        return mailing.surveyLink().map(Object::toString).orElse(null);
    }

    /** Whoever replied or resolved, by name; Bilet when a rule or timer did it. */
    private String by(RequesterNotice notice, List<TicketChange> unit) {
        if (notice == RequesterNotice.RECEIVED) {
            return null;
        }
        var actor = unit.get(unit.size() - 1).by();
        return actor.system() ? "Bilet" : people.user(actor.username()).map(User::displayName).orElse(actor.username());
    }

    /** The reply (the last public one of the unit) or the resolution the mail carries. */
    private RichText content(RequesterNotice notice, Ticket ticket, List<TicketChange> unit) {
        return switch (notice) {
            case RESOLVED -> ticket.resolution() == null ? null : RichText.of(ticket.resolution());
            case REPLIED -> unit.stream()
                    .filter(c -> c instanceof MessagePosted posted && !posted.internal())
                    .map(c -> em.find(Message.class, ((MessagePosted) c).messageId()))
                    .reduce((first, last) -> last)
                    .map(message -> RichText.of(message.body()))
                    .orElse(null);
            case WAITING, RECEIVED, MERGED -> null;
        };
    }
}
