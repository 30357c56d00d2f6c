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
import java.util.Objects;
import org.bilet.admin.OrganizationChart;
import org.bilet.admin.OrganizationInfo;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organizations and their departments (one level), as the administration screen keeps them. */
@Path("admin/organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: organizations", description = "Administrators only, as the administration screens.")
public class OrganizationResource {

    @EJB
    OrganizationChart chart;

    @Context
    UriInfo uri;

    /** A new organization, or a department of {@code parentId}; a change renames only. */
    public record OrganizationRequest(String name, Long parentId) {
    }

    @GET
    @Operation(summary = "Organizations by name, each followed by its departments")
    @APIResponse(responseCode = "200", description = "All of them",
            content = @Content(examples = @ExampleObject(name = "list", value = "[" + AdminExamples.ORGANIZATION + "]")))
    public List<OrganizationInfo> list() {
        return chart.all();
    }

    @POST
    @Operation(summary = "Create an organization, or a department of parentId",
            description = "A name another organization or department has: 409 naming name.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "department", value = "{\"name\": \"Warehouse\", \"parentId\": 3}")))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "organization", value = AdminExamples.ORGANIZATION)))
    public Response create(OrganizationRequest request) {
        var created = chart.create(request.name(), request.parentId());
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), chart.read(created.id()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One organization or department; the ETag is its version")
    @APIResponse(responseCode = "200", description = "It",
            content = @Content(examples = @ExampleObject(name = "organization", value = AdminExamples.ORGANIZATION)))
    public Response get(@PathParam("id") long id) {
        return Versions.ok(chart.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename (If-Match required)", description = "A department stays in its organization: parentId, if sent, must be "
            + "the one it has. No If-Match: 428; a stale one: 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rename", value = "{\"name\": \"Warehouse North\", \"parentId\": 3}")))
    @APIResponse(responseCode = "200", description = "As renamed, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "organization", value = AdminExamples.ORGANIZATION)))
    public Response change(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, OrganizationRequest request) {
        var version = Versions.required(ifMatch, "organization");
        var current = chart.read(id).value();
        if (request.parentId() != null && !Objects.equals(request.parentId(), current.parentId())) {
            throw InvalidInputException.of("parentId", "An organization or department stays where it is; create a new one there instead.");
        }
        return Versions.ok(chart.rename(id, version, request.name()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete one nothing uses (If-Match required)",
            description = "Still used by users, departments or tickets: 409 saying by how many.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        chart.delete(id, Versions.required(ifMatch, "organization"));
    }
}
