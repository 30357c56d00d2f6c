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
import org.bilet.sla.PolicyDefinition;
import org.bilet.sla.SlaSettings;

/** SLA policies: which tickets they apply to, in order, and what they promise. */
@Path("admin/sla-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SlaPolicyResource {

    @EJB
    SlaSettings settings;

    @Context
    UriInfo uri;

    @GET
    public List<PolicyDefinition> list() {
        return settings.policies();
    }

    @GET
    @Path("{key}")
    public PolicyDefinition get(@PathParam("key") String key) {
        return settings.policy(key);
    }

    @POST
    public Response create(PolicyDefinition definition) {
        var created = settings.createPolicy(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build()).entity(created).build();
    }

    @PUT
    @Path("{key}")
    public PolicyDefinition change(@PathParam("key") String key, PolicyDefinition definition) {
        return settings.changePolicy(key, definition);
    }

    @DELETE
    @Path("{key}")
    public void delete(@PathParam("key") String key) {
        settings.deletePolicy(key);
    }
}
