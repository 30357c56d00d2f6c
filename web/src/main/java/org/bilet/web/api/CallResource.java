package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilet.people.Roles;
import org.bilet.tickets.contacts.IncomingCalls;
import org.bilet.tickets.contacts.NewContact;

/**
 * A call the phone system reports without a ticket: a missed inbound call from a person's known
 * number opens a ticket for them (201, Location of the ticket); anything else is a 422 naming why,
 * with nothing recorded.
 */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class CallResource {

    @EJB
    IncomingCalls calls;

    @Context
    UriInfo uri;

    @POST
    public Response missedCall(NewContact call) {
        var opened = calls.missedCall(call);
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(opened.ticket()).build())
                .entity(opened).build();
    }
}
