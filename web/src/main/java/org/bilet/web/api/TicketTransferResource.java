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
import org.bilet.routing.Transfer;
import org.bilet.routing.Transfers;

/** Staff hand a ticket to another team or agent, saying why. */
@Path("tickets/{number}/transfer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketTransferResource {

    @EJB
    Transfers transfers;

    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Response transfer(@PathParam("number") String number, Transfer transfer) {
        var ticket = transfers.transfer(number, transfer);
        return Response.ok(ticket).tag(Versions.etag(ticket.version())).build();
    }
}
