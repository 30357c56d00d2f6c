package org.bilet.kb.search;

import java.util.Collection;
import java.util.Optional;
import org.bilet.tickets.TicketVisibility;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/** {@link TicketVisibility} as an index filter, for every query over tickets. */
final class VisibleTickets {

    private VisibleTickets() {
    }

    /** Empty when the reader sees every ticket. */
    static Optional<SearchPredicate> filter(SearchPredicateFactory f, TicketVisibility visibility, Collection<Long> watched) {
        return visibility.condition(
                id -> f.match().field(TicketFields.REQUESTER).matching(id).toPredicate(),
                id -> f.match().field(TicketFields.ORGANIZATION).matching(id).toPredicate(),
                ids -> f.id().matchingAny(ids).toPredicate(),
                (a, c) -> f.or(a, c).toPredicate(),
                watched);
    }
}
