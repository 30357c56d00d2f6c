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
import org.bilet.people.Roles;
import org.bilet.worklog.NewTimeEntry;
import org.bilet.worklog.TicketTime;
import org.bilet.worklog.TimeLog;

/** Time staff logged on a ticket: {@code {"minutes": 25, "note": "…"}}; requesters are refused (403). */
@Path("tickets/{number}/time-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeEntryResource {

    @EJB
    TimeLog timeLog;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public TicketTime list(@PathParam("number") String number) {
        return timeLog.of(number);
    }

    @POST
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Response log(@PathParam("number") String number, NewTimeEntry entry) {
        var logged = timeLog.log(number, entry);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(logged.id())).build()).entity(logged).build();
    }
}
