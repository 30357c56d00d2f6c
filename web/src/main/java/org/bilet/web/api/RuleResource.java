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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.bilet.automation.AutomationRules;
import org.bilet.automation.RuleDefinition;
import org.bilet.automation.RuleTest;
import org.bilet.people.Roles;

/** Automation rules: in the order they run, each one, their order, and a dry run on a ticket. */
@Path("admin/rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RuleResource {

    @EJB
    AutomationRules rules;

    @Context
    UriInfo uri;

    @GET
    public List<RuleDefinition> list() {
        return rules.rules();
    }

    @POST
    public Response create(RuleDefinition definition) {
        var created = rules.create(definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build()).entity(created).build();
    }

    /** The keys of the rules in the order they should run; rules not named follow in their order. */
    @PUT
    @Path("order")
    public List<RuleDefinition> reorder(List<String> keys) {
        return rules.reorder(keys);
    }

    /** A dry run of a rule that is not saved (or saved differently): nothing changes. */
    @POST
    @Path("test")
    public RuleTest test(@QueryParam("ticket") String ticket, RuleDefinition definition) {
        return rules.test(definition, ticket);
    }

    @GET
    @Path("{key}")
    public RuleDefinition get(@PathParam("key") String key) {
        return rules.rule(key);
    }

    @PUT
    @Path("{key}")
    public RuleDefinition change(@PathParam("key") String key, RuleDefinition definition) {
        return rules.change(key, definition);
    }

    @DELETE
    @Path("{key}")
    public void delete(@PathParam("key") String key) {
        rules.delete(key);
    }

    /** A dry run of the saved rule on the ticket: nothing changes. */
    @POST
    @Path("{key}/test")
    public RuleTest testSaved(@PathParam("key") String key, @QueryParam("ticket") String ticket) {
        return rules.test(key, ticket);
    }
}
