package org.bilet.reports.csat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bilet.channels.mail.ResolutionMailing;
import org.bilet.platform.Settings;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.events.StatusMoved;

/**
 * Asks a ticket's requester for their rating when the ticket is resolved, in the resolution's
 * transaction (a resolution that rolls back asks nothing), and offers the link to the resolution
 * mail the core composes later in that transaction. Imported history asks nobody; nor does a
 * ticket whose requester is one of Bilet's own accounts.
 */
@ApplicationScoped
public class SurveyInvitations {

    /** Where the web module answers a survey link; the token follows. */
    static final String LINK_PATH = "survey/";

    @Inject
    EntityManager em;

    @Inject
    FreshTokens fresh;

    @Inject
    Settings settings;

    void resolved(@Observes StatusMoved moved) {
        if (moved.imported() || moved.to() != TicketStatus.RESOLVED) {
            return;
        }
        var ticket = em.find(Ticket.class, moved.ticket().id());
        if (ticket == null || ticket.requester() == null || ticket.requester().isSystemAccount()) {
            return;
        }
        var token = SurveyToken.issue();
        var survey = em.find(Survey.class, ticket.id());
        if (survey == null) {
            em.persist(new Survey(ticket.id(), ticket.requester().id(), token.hash(), moved.at()));
            fresh.issued(ticket.id(), token);
        } else if (survey.askAgain(ticket.requester().id(), token.hash(), moved.at())) {
            fresh.issued(ticket.id(), token);
        }
    }

    /** The link of a survey asked in this transaction; none for one asked earlier (its token is not known any more). */
    void mailing(@Observes ResolutionMailing mailing) {
        fresh.of(mailing.ticket().id())
                .ifPresent(token -> mailing.offerSurveyLink(settings.baseUrl().resolve(LINK_PATH + token)));
    }
}
