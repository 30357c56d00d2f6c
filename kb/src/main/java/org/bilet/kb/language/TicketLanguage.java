package org.bilet.kb.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.events.TicketOpened;

/**
 * Gives a new ticket the language of its text, unless its writer said which. The requester's own
 * language is the hint for short texts. Runs in the opening transaction, before the ticket is
 * written, so the language goes in with the row and the index analyzes the text in it.
 */
@ApplicationScoped
public class TicketLanguage {

    @Inject
    EntityManager em;

    @Inject
    LanguageDetection detection;

    void opened(@Observes TicketOpened opened) {
        var ticket = em.find(Ticket.class, opened.ticket().id());
        if (ticket == null || ticket.language() != null) {
            return;
        }
        var hint = TextLanguage.ofCode(ticket.requester().locale());
        detection.detect(ticket.subject() + "\n" + ticket.descriptionText(), hint)
                .ifPresent(language -> ticket.writtenIn(language.code()));
    }
}
