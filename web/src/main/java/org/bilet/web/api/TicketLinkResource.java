package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.tickets.conversations.LinkInfo;
import org.bilet.tickets.conversations.NewLink;
import org.bilet.tickets.conversations.TicketLinks;

/** A ticket's links to other tickets, as it sees them; staff make and remove them. */
@Path("tickets/{number}/links")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketLinkResource {

    @EJB
    TicketLinks links;

    @GET
    public List<LinkInfo> list(@PathParam("number") String number) {
        return links.list(number);
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<LinkInfo> link(@PathParam("number") String number, NewLink link) {
        return links.link(number, link);
    }

    @DELETE
    @Path("{other}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<LinkInfo> unlink(@PathParam("number") String number, @PathParam("other") String other) {
        return links.unlink(number, other);
    }
}
