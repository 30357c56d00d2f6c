package org.bilet.kb.article;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bilet.platform.Problems;
import org.bilet.tickets.TicketNumber;

/** Ticket numbers to the ids an article keeps, and back. */
@Dependent
class TicketLinks {

    @Inject
    EntityManager em;

    List<String> numbersOf(Article article) {
        var ids = article.ticketIds();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t.number from Ticket t where t.id in :ids order by t.id", TicketNumber.class)
                .setParameter("ids", ids).getResultStream().map(TicketNumber::value).toList();
    }

    /** Links every ticket named, or none when one is unknown (each reported by its place in the list). */
    void link(Article article, List<String> numbers) {
        var problems = new Problems();
        var ids = new ArrayList<Long>();
        for (int i = 0; i < numbers.size(); i++) {
            var number = numbers.get(i);
            var id = idOf(number);
            if (id.isEmpty()) {
                problems.add("tickets[" + i + "]", "There is no ticket '" + (number == null ? "" : shown(number))
                        + "'; numbers look like BIL-000123.");
            } else {
                ids.add(id.get());
            }
        }
        problems.throwIfAny();
        ids.forEach(article::linkTicket);
    }

    Optional<Long> idOf(String number) {
        return TicketNumber.fromSearch(number).flatMap(parsed -> em.createQuery(
                "select t.id from Ticket t where t.number = :number", Long.class)
                .setParameter("number", parsed).getResultStream().findFirst());
    }

    private static String shown(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
