package org.bilet.reports.csat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketRepository;

/**
 * Customer satisfaction surveys: answered through the mail's link without signing in (the token
 * is the proof, and it opens only its own ticket's survey) or by the signed-in requester in the
 * portal; read by the requester and by staff. Nobody answers for the requester, staff included.
 * Whatever the token does not open (unknown, malformed, replaced by a newer one) is simply not
 * found, so a guess learns nothing.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Surveys {

    private static final String NO_SURVEY = "There is no survey at this address. The link may be incomplete, or a newer one was sent.";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    /** The survey a link's token opens; 404 when it opens none, 410 when it has expired. */
    @PermitAll
    public SurveyView byToken(String token) {
        return view(open(token, LockModeType.NONE));
    }

    /** Answers (or changes the answer to) the survey a link's token opens, without signing in. */
    @PermitAll
    public SurveyView answerByToken(String token, Integer rating, String comment) {
        var survey = open(token, LockModeType.PESSIMISTIC_WRITE);
        survey.answer(rating, comment, clock.instant());
        return view(survey);
    }

    /**
     * The survey of a ticket, for its requester and for staff; empty when the ticket was not asked
     * about (yet) or the reader is neither (a colleague who sees their organization's tickets).
     */
    public Optional<SurveyView> ofTicket(@NotNull String number) {
        var reader = actors.currentUser();
        var ticket = tickets.visibleTo(reader, number);
        if (!reader.isStaff() && !isRequester(reader, ticket)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Survey.class, ticket.id())).map(this::view);
    }

    /** The signed-in requester answers (or changes their answer) in the portal; nobody else may. */
    public SurveyView answer(@NotNull String number, Integer rating, String comment) {
        var caller = actors.currentUser();
        var ticket = tickets.visibleTo(caller, number);
        if (!isRequester(caller, ticket)) {
            throw new ForbiddenException("Only the requester of " + ticket.number() + " rates how it was handled.");
        }
        var survey = em.find(Survey.class, ticket.id(), LockModeType.PESSIMISTIC_WRITE);
        if (survey == null) {
            throw new ResourceNotFoundException(ticket.number() + " has not been resolved yet, so there is nothing to rate.");
        }
        survey.answer(rating, comment, clock.instant());
        return view(survey);
    }

    private Survey open(String token, LockModeType lock) {
        var hash = SurveyToken.hashOf(token).orElseThrow(() -> new ResourceNotFoundException(NO_SURVEY));
        var survey = em.createNamedQuery(Survey.BY_TOKEN_HASH, Survey.class).setParameter("hash", hash)
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(NO_SURVEY));
        if (survey.isExpiredAt(clock.instant())) {
            throw new SurveyExpiredException(survey.isAnswered()
                    ? "This survey link has expired. Thank you for your answer."
                    : "This survey link has expired: the survey could be answered until " + survey.expiresAt() + ".");
        }
        return survey;
    }

    private SurveyView view(Survey survey) {
        var ticket = em.find(Ticket.class, survey.ticketId());
        return SurveyView.of(survey, ticket.number().value(), ticket.subject(), clock.instant());
    }

    private static boolean isRequester(User user, Ticket ticket) {
        return ticket.requester() != null && ticket.requester().equals(user);
    }
}
