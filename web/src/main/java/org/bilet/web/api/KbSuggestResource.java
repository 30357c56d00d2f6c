package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.kb.search.SimilarTickets;
import org.bilet.people.Roles;

/**
 * {@code GET /api/kb/suggest?text=&limit=5}: what may already answer a problem being described:
 * published knowledge-base articles the caller may read (first, by score; {@code id}, a snippet of
 * the body) and solved tickets the caller may see ({@code number}, the resolution as the snippet).
 */
@Path("kb/suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class KbSuggestResource {

    public record Suggestion(String type, String number, Long id, String title, String snippet, float score) {
    }

    public record Suggestions(List<Suggestion> items) {
    }

    @EJB
    SimilarTickets similar;

    @EJB
    ArticleSearch articles;

    /** Articles first, by score, then solved tickets, by score: at most {@code limit} of each. */
    @GET
    public Suggestions suggest(@QueryParam("text") String text, @QueryParam("limit") @DefaultValue("5") String limit) {
        var max = QueryNumbers.parse("limit", limit);
        var items = new ArrayList<Suggestion>();
        var tickets = similar.solvedLike(text, max);
        articles.like(text, max).forEach(a -> items.add(new Suggestion("article", null, a.id(), a.title(), a.snippet(), a.score())));
        tickets.forEach(t -> items.add(new Suggestion("ticket", t.number(), null, t.subject(), t.resolution(), t.score())));
        return new Suggestions(items);
    }
}
