package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.bilet.admin.PriorityDefinition;
import org.bilet.admin.PriorityScale;
import org.bilet.people.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The priority scale as the administration screen keeps it: a code, a name, a rank (higher is more
 * urgent, each its own) and the hours tickets are due in; exactly one is the default.
 */
@Path("admin/priorities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: priorities", description = "Administrators only, as the administration screens.")
public class PriorityScaleResource {

    @EJB
    PriorityScale scale;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The scale, least urgent first")
    @APIResponse(responseCode = "200", description = "Every priority",
            content = @Content(examples = @ExampleObject(name = "scale", value = "[" + AdminExamples.PRIORITY + "]")))
    public List<PriorityDefinition> list() {
        return scale.all();
    }

    @POST
    @Operation(summary = "Create a priority", description = "A code or rank another priority has: 409 naming it. "
            + "A new priority is not the default; make it one with PUT.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "priority", value = AdminExamples.PRIORITY)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "priority", value = AdminExamples.PRIORITY)))
    public Response create(PriorityDefinition definition) {
        var created = scale.create(definition);
        return Versions.created(uri.getAbsolutePathBuilder().path(created.code()).build(), scale.read(created.code()));
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One priority; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The priority",
            content = @Content(examples = @ExampleObject(name = "priority", value = AdminExamples.PRIORITY)))
    public Response get(@PathParam("code") String code) {
        return Versions.ok(scale.read(code));
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Rename, rerank, retarget, make the default (If-Match required)",
            description = "isDefault true moves the default here; the default cannot be unset, only moved. "
                    + "No If-Match: 428; a stale one: 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "priority", value = AdminExamples.PRIORITY)))
    @APIResponse(responseCode = "200", description = "As changed, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "priority", value = AdminExamples.PRIORITY)))
    public Response change(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, PriorityDefinition definition) {
        var version = Versions.required(ifMatch, "priority");
        var fixed = FixedKeys.check("code", code, definition.code(), "priority");
        return Versions.ok(scale.change(new PriorityDefinition(fixed, definition.name(), definition.rank(),
                definition.resolutionHours(), definition.isDefault(), definition.translations()), version));
    }

    @DELETE
    @Path("{code}")
    @Operation(summary = "Delete a priority no ticket has (If-Match required)", description = "The default, or one tickets have: 409.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        scale.delete(code, Versions.required(ifMatch, "priority"));
    }
}
