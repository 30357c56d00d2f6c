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
import java.util.List;
import org.bilet.kb.search.SimilarTickets;
import org.bilet.people.Roles;

/**
 * {@code GET /api/kb/suggest?text=&limit=5}: what may already answer a problem being described:
 * solved tickets the caller may see (and knowledge-base articles, once it keeps them), each with
 * its resolution as the snippet.
 */
@Path("kb/suggest")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class KbSuggestResource {

    public record Suggestion(String type, String number, String title, String snippet, float score) {
    }

    public record Suggestions(List<Suggestion> items) {
    }

    @EJB
    SimilarTickets similar;

    @GET
    public Suggestions suggest(@QueryParam("text") String text, @QueryParam("limit") @DefaultValue("5") String limit) {
        return new Suggestions(similar.solvedLike(text, QueryNumbers.parse("limit", limit)).stream()
                .map(t -> new Suggestion("ticket", t.number(), t.subject(), t.resolution(), t.score())).toList());
    }
}
