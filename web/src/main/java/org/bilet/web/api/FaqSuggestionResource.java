package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilet.kb.faq.FaqMining;
import org.bilet.kb.faq.FaqSuggestions;
import org.bilet.kb.faq.FaqSuggestions.Suggestions;
import org.bilet.people.Roles;

/**
 * {@code /api/kb/faq-suggestions}: recurring problems found among recent tickets, offered to
 * editors as FAQ articles; recomputed nightly, or now with {@code POST …/refresh}.
 */
@Path("kb/faq-suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class FaqSuggestionResource {

    @EJB
    FaqSuggestions suggestions;

    @EJB
    FaqMining mining;

    @GET
    public Suggestions list() {
        return suggestions.open();
    }

    @POST
    @Path("refresh")
    public Suggestions refresh() {
        mining.refresh();
        return list();
    }

    /** The article a suggestion became: a draft in the FAQ category, linked to all its tickets. */
    public record Accepted(long articleId) {
    }

    @POST
    @Path("{id}/accept")
    public Response accept(@PathParam("id") String id, @Context UriInfo uri) {
        long article = suggestions.accept(QueryNumbers.parse("id", id));
        return Response.created(uri.getBaseUriBuilder().path("kb/articles/{id}").build(article)).entity(new Accepted(article)).build();
    }

    @POST
    @Path("{id}/dismiss")
    public Suggestions dismiss(@PathParam("id") String id) {
        suggestions.dismiss(QueryNumbers.parse("id", id));
        return list();
    }
}
