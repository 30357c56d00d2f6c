package org.bilet.kb.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilet.kb.language.LanguageDetection;
import org.bilet.kb.language.TextLanguage;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketRepository;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TicketVisibility;
import org.bilet.tickets.TicketWatcher;
import org.hibernate.search.mapper.orm.Search;

/**
 * Tickets like a given one, or like a text someone is typing ({@link TextQueries#alike}), ranked
 * by relevance, among the tickets the reader may see. The ticket screen shows them to agents; the portal, while an employee describes a
 * problem, shows the solved ones.
 */
@Stateless
@Interceptors(SearchOutage.class)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class SimilarTickets {

    static final int MAX_LIMIT = 20;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    TicketRepository tickets;

    @Inject
    LanguageDetection detection;

    /** The tickets most like the one with this number, never itself. */
    public List<SimilarTicket> like(String number, int limit) {
        return like(number, false, limit);
    }

    /** The solved tickets most like the one with this number, with their resolutions: what may solve it too. */
    public List<SimilarTicket> solvedLikeTicket(String number, int limit) {
        return like(number, true, limit);
    }

    private List<SimilarTicket> like(String number, boolean solvedOnly, int limit) {
        checkLimit(limit);
        var viewer = currentUser.get();
        var ticket = tickets.visibleTo(viewer, number);
        var text = ticket.subject() + "\n" + ticket.descriptionText();
        return find(viewer, text, TextLanguage.ofCode(ticket.language()), Optional.of(ticket.id()), solvedOnly, limit);
    }

    /** The solved tickets most like a text being written, in the writer's language if it is too short to tell. */
    public List<SimilarTicket> solvedLike(String text, int limit) {
        checkLimit(limit);
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > 10_000) {
            throw InvalidInputException.of("text", "The text has 10000 characters at most.");
        }
        var viewer = currentUser.get();
        var language = detection.detect(text, TextLanguage.ofCode(viewer.locale()));
        return find(viewer, text, language, Optional.empty(), true, limit);
    }

    private List<SimilarTicket> find(User viewer, String text, Optional<TextLanguage> language, Optional<Long> except,
                                     boolean solvedOnly, int limit) {
        var watched = TicketWatcher.idsWatchedBy(em, viewer);
        var hits = Search.session(em).search(Ticket.class)
                .select(f -> f.composite().from(f.entity(Ticket.class), f.score()).asList())
                .where(f -> f.bool(b -> {
                    b.must(TextPredicates.of(f, TextQueries.alike(text, language)));
                    except.ifPresent(id -> b.mustNot(f.id().matching(id)));
                    if (solvedOnly) {
                        b.filter(f.terms().field(TicketFields.STATUS).matchingAny(
                                List.of(TicketStatus.RESOLVED.name(), TicketStatus.CLOSED.name())));
                    }
                    VisibleTickets.filter(f, TicketVisibility.of(viewer), watched).ifPresent(b::filter);
                }))
                .fetchHits(limit);
        var similar = new ArrayList<SimilarTicket>();
        for (var hit : hits) {
            var found = (Ticket) hit.get(0);
            similar.add(new SimilarTicket(found.number().value(), found.subject(), found.status(),
                    found.resolutionText(), (Float) hit.get(1)));
        }
        return similar;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "limit is between 1 and " + MAX_LIMIT + ".");
        }
    }
}
