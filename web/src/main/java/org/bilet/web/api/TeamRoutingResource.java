package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bilet.people.Roles;
import org.bilet.routing.RoutingSettings;
import org.bilet.routing.TeamRoutingSettings;

/** How a team hands out its tickets: mode, assignment timeout, its agents' skills. */
@Path("admin/teams/{key}/routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TeamRoutingResource {

    @EJB
    TeamRoutingSettings settings;

    @GET
    @RolesAllowed(Roles.ADMIN)
    public RoutingSettings get(@PathParam("key") String key) {
        return settings.of(key);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    public Response put(@PathParam("key") String key, RoutingSettings requested) {
        return Response.ok(settings.configure(key, requested)).build();
    }
}
