package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.people.Roles;
import org.bilet.sla.CalendarDefinition;
import org.bilet.sla.SlaSettings;

/** SLA calendars: business hours in a time zone, and holidays. */
@Path("admin/calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CalendarResource {

    @EJB
    SlaSettings settings;

    @Context
    UriInfo uri;

    @GET
    public List<CalendarDefinition> list() {
        return settings.calendars();
    }

    @GET
    @Path("{key}")
    public CalendarDefinition get(@PathParam("key") String key) {
        return settings.calendar(key);
    }

    @POST
    public Response create(CalendarDefinition definition) {
        var created = settings.createCalendar(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build()).entity(created).build();
    }

    @PUT
    @Path("{key}")
    public CalendarDefinition change(@PathParam("key") String key, CalendarDefinition definition) {
        return settings.changeCalendar(key, definition);
    }

    @DELETE
    @Path("{key}")
    public void delete(@PathParam("key") String key) {
        settings.deleteCalendar(key);
    }
}
