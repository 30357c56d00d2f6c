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
import java.util.Set;
import org.bilet.admin.CategoryDefinition;
import org.bilet.admin.CategoryNode;
import org.bilet.admin.CategoryTree;
import org.bilet.people.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The category tree as the administration screen keeps it: a category under a parent, routed to a
 * team, asking for custom fields. One with tickets or subcategories is not deleted (409), as on
 * the screen; categories have no archived state.
 */
@Path("admin/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: categories", description = "Administrators only, as the administration screens.")
public class CategoryTreeResource {

    @EJB
    CategoryTree tree;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The whole tree, depth first, siblings by name")
    @APIResponse(responseCode = "200", description = "Every category",
            content = @Content(examples = @ExampleObject(name = "tree", value = "[" + AdminExamples.CATEGORY + "]")))
    public List<CategoryNode> list() {
        return tree.all();
    }

    @POST
    @Operation(summary = "Create a category", description = "parent, team: keys or null; fields: keys of custom fields. "
            + "A key another category has: 409 naming key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "category", value = AdminExamples.NEW_CATEGORY)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "category", value = AdminExamples.CATEGORY)))
    public Response create(CategoryDefinition definition) {
        var created = tree.create(withFields(definition));
        return Versions.created(uri.getAbsolutePathBuilder().path(created.key()).build(), tree.read(created.key()));
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One category; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The category",
            content = @Content(examples = @ExampleObject(name = "category", value = AdminExamples.CATEGORY)))
    public Response get(@PathParam("key") String key) {
        return Versions.ok(tree.read(key));
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Rename, move, reroute, set the fields (If-Match required)",
            description = "The whole definition; the key stays. Moving under itself or its own subcategory: 400 naming parent. "
                    + "No If-Match: 428; a stale one: 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "category", value = AdminExamples.NEW_CATEGORY)))
    @APIResponse(responseCode = "200", description = "As changed, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "category", value = AdminExamples.CATEGORY)))
    public Response change(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, CategoryDefinition definition) {
        var version = Versions.required(ifMatch, "category");
        var fixed = FixedKeys.check("key", key, definition.key(), "category");
        return Versions.ok(tree.change(withFields(new CategoryDefinition(fixed, definition.name(), definition.parent(),
                definition.team(), definition.fields(), definition.translations())), version));
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Delete a category nothing uses (If-Match required)",
            description = "With tickets or subcategories: 409 saying how many.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch) {
        tree.delete(key, Versions.required(ifMatch, "category"));
    }

    /** No fields sent: none asked for. */
    private static CategoryDefinition withFields(CategoryDefinition d) {
        return d.fields() != null ? d : new CategoryDefinition(d.key(), d.name(), d.parent(), d.team(), Set.of(), d.translations());
    }
}
