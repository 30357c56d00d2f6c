package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.contacts.ContactDetails;
import org.bilet.tickets.contacts.ContactLog;
import org.bilet.tickets.contacts.NewContact;

/**
 * Phone calls and chat transcripts on a ticket: {@code {"type": "call", …}} or
 * {@code {"type": "chat", …}}, logged by staff (the ticket screen, a phone system, an SMS gateway or
 * a chat widget with a staff token) and read by whoever may see the ticket.
 */
@Path("tickets/{number}/events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketContactResource {

    @EJB
    ContactLog contacts;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<ContactDetails> list(@PathParam("number") String number) {
        return contacts.list(number);
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Response log(@PathParam("number") String number, NewContact contact) {
        var logged = contacts.log(number, contact);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(logged.id())).build())
                .entity(logged).build();
    }
}
