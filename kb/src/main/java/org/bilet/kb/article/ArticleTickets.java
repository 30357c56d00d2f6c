package org.bilet.kb.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;

/** Which tickets an article answers: staff link and unlink them by number. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ArticleTickets {

    @Inject
    EntityManager em;

    @Inject
    ArticleStore store;

    @Inject
    TicketLinks links;

    /** The numbers of the linked tickets, in order. */
    public List<String> of(long articleId) {
        return links.numbersOf(store.article(articleId));
    }

    public List<String> link(long articleId, List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            throw InvalidInputException.of("tickets", "Name the tickets to link, such as [\"BIL-000123\"].");
        }
        var article = store.forChange(articleId);
        links.link(article, numbers);
        em.flush();
        return links.numbersOf(article);
    }

    public List<String> unlink(long articleId, String number) {
        var article = store.forChange(articleId);
        article.unlinkTicket(links.idOf(number).orElseThrow(() -> new ResourceNotFoundException("There is no ticket "
                + (number.length() > 40 ? number.substring(0, 40) + "…" : number) + ".")));
        em.flush();
        return links.numbersOf(article);
    }
}
