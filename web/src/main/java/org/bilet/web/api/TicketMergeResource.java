package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bilet.people.Roles;
import org.bilet.tickets.conversations.MergeRequest;
import org.bilet.tickets.conversations.Merges;

/**
 * Staff merge a ticket into another; answers the target. A root resource of its own (like the
 * transfer's), since a resource at {@code tickets/{number}} would take every address under it.
 */
@Path("tickets/{number}/merge")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketMergeResource {

    @EJB
    Merges merges;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Response merge(@PathParam("number") String number, MergeRequest request) {
        var target = merges.merge(number, request);
        return Response.ok(target).tag(Versions.etag(target.version())).build();
    }
}
