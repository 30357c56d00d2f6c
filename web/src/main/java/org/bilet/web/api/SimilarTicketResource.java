package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilet.kb.search.SimilarTickets;
import org.bilet.people.Roles;
import org.bilet.tickets.TicketStatus;

/**
 * {@code GET /api/tickets/{number}/similar?limit=5}: the tickets most like this one that the caller
 * may see, never the ticket itself.
 */
@Path("tickets/{number}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class SimilarTicketResource {

    public record Item(String number, String subject, TicketStatus status, float score) {
    }

    public record Items(List<Item> items) {
    }

    @EJB
    SimilarTickets similar;

    @GET
    public Items similar(@PathParam("number") String number, @QueryParam("limit") @DefaultValue("5") String limit) {
        return new Items(similar.like(number, QueryNumbers.parse("limit", limit)).stream()
                .map(t -> new Item(t.number(), t.subject(), t.status(), t.score())).toList());
    }
}
