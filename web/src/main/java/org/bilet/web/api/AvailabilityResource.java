package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.routing.Availability;
import org.bilet.routing.AvailabilityInfo;

/** Whether the calling agent takes new work: available, or away. */
@Path("me/availability")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvailabilityResource {

    /** The body of PUT /api/me/availability. */
    public record AvailabilityRequest(Boolean available) {
    }

    @EJB
    Availability availability;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public AvailabilityInfo mine() {
        return availability.mine();
    }

    @PUT
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public Response set(AvailabilityRequest request) {
        if (request.available() == null) {
            throw InvalidInputException.of("available", "Send {\"available\": true} or {\"available\": false}.");
        }
        return Response.ok(availability.setMine(request.available())).build();
    }
}
