package org.bilet.kb.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.kb.language.TextLanguage;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.Ticket;
import org.bilet.tickets.TicketVisibility;
import org.bilet.tickets.TicketWatcher;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search over tickets, for staff and requesters alike: what a reader may not see is
 * filtered in the index query itself ({@link TicketVisibility}), so it reaches neither the results
 * nor the facet counts, and internal notes are searched for staff only. The words are matched as
 * {@link TextQueries#search} says.
 */
@Stateless
@Interceptors(SearchOutage.class)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class TicketSearch {

    /** Longer queries are refused: a search box, not a document. */
    static final int MAX_CHARACTERS = 500;
    static final int MAX_PAGE_SIZE = 100;
    static final int RESULT_WINDOW = 10_000;
    private static final int SNIPPET_CHARACTERS = 200;
    private static final List<String> FACETS = List.of(TicketFields.STATUS, TicketFields.PRIORITY,
            TicketFields.TEAM, TicketFields.CATEGORY, TicketFields.ASSIGNEE);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public SearchResults search(TicketQuery query) {
        checkText(query.text());
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "page starts at 0 and size is between 1 and " + MAX_PAGE_SIZE + ".");
        }
        var viewer = currentUser.get();
        var visibility = TicketVisibility.of(viewer);
        var watched = TicketWatcher.idsWatchedBy(em, viewer);
        var session = Search.session(em);
        var search = session.search(Ticket.class)
                .select(f -> f.composite().from(f.entity(Ticket.class), f.score()).asList())
                .where(f -> f.bool(b -> {
                    b.must(TextPredicates.of(f, TextQueries.search(query.text(), visibility.seesInternal())));
                    VisibleTickets.filter(f, visibility, watched).ifPresent(b::filter);
                    filter(f, b, TicketFields.STATUS, query.statuses().stream().map(Enum::name).toList());
                    filter(f, b, TicketFields.PRIORITY, query.priorities());
                    filter(f, b, TicketFields.TEAM, query.teams());
                    filter(f, b, TicketFields.CATEGORY, query.categories());
                    filter(f, b, TicketFields.ASSIGNEE, query.assignees());
                    if (query.changedFrom() != null || query.changedTo() != null) {
                        b.filter(f.range().field(TicketFields.UPDATED).between(query.changedFrom(), query.changedTo()));
                    }
                }));
        var facetKeys = new LinkedHashMap<String, AggregationKey<Map<String, Long>>>();
        for (var facet : FACETS) {
            var key = AggregationKey.<Map<String, Long>>of(facet);
            facetKeys.put(facet, key);
            search = search.aggregation(key, f -> f.terms().field(facet, String.class).maxTermCount(50));
        }
        if (query.newestFirst()) {
            search = search.sort(f -> f.field(TicketFields.UPDATED).desc());
        }
        long offset = (long) query.page() * query.size();
        int limit = withinWindow(offset, query.size());
        var result = limit == 0 ? search.fetch(0, 0) : search.fetch((int) offset, limit);
        var items = result.hits().stream().map(hit -> {
            var ticket = (Ticket) hit.get(0);
            var highlighter = new Highlighter(query.text(), TextLanguage.ofCode(ticket.language()));
            var snippet = highlighter.snippet(readableText(ticket), SNIPPET_CHARACTERS);
            return SearchHit.ticket(ticket.number().value(), ticket.subject(), snippet.text(), (Float) hit.get(1),
                    new Highlights(highlighter.in(ticket.subject()), snippet.highlights()));
        }).toList();
        var facets = new LinkedHashMap<String, Map<String, Long>>();
        facetKeys.forEach((name, key) -> facets.put(name, result.aggregation(key)));
        return new SearchResults(items, result.total().hitCountLowerBound(), facets);
    }

    /**
     * How many of the hits from the offset may be fetched: a cluster pages through its first
     * {@value #RESULT_WINDOW} only (its max_result_window), and both backends do the same, so that a
     * page past them is empty on either (with the total and the facet counts) rather than an error.
     */
    static int withinWindow(long offset, int size) {
        return (int) Math.max(0, Math.min(size, RESULT_WINDOW - offset));
    }

    /** Something to look for, and not a document. */
    static void checkText(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("q", "Say what to search for.");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw InvalidInputException.of("q", "A search has " + MAX_CHARACTERS + " characters at most.");
        }
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?> b, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            b.filter(f.terms().field(field).matchingAny(values));
        }
    }

    /** What the requester may read of a ticket besides its subject: where a snippet may come from. */
    private static String readableText(Ticket ticket) {
        var text = new StringBuilder(ticket.descriptionText());
        ticket.messages().stream().filter(m -> !m.internal()).forEach(m -> text.append('\n').append(m.bodyText()));
        if (ticket.resolutionText() != null) {
            text.append('\n').append(ticket.resolutionText());
        }
        return text.toString();
    }
}
