package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
@RolesAllowed(Roles.ADMIN)
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

    @POST
    @Path("{id}/dismiss")
    public Suggestions dismiss(@PathParam("id") String id) {
        suggestions.dismiss(QueryNumbers.parse("id", id));
        return list();
    }
}
