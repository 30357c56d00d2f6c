package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.util.Map;
import org.bilet.admin.CustomFields;
import org.bilet.admin.FieldDefinition;
import org.bilet.catalog.CustomFieldType;
import org.bilet.people.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Custom ticket fields as the administration screen keeps them. They are switched off
 * ({@code active: false}) rather than deleted, since tickets keep their values; a change that
 * would make stored values wrong is refused (409).
 */
@Path("admin/custom-fields")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: custom fields", description = "Administrators only, as the administration screens.")
public class CustomFieldResource {

    @EJB
    CustomFields fields;

    @Context
    UriInfo uri;

    /**
     * A field as sent: {@code required} is false and {@code active} true unless said otherwise; choices
     * only for CHOICE; translations of the label and of each choice left as they are unless sent; the
     * help text as sent (none when left out), its translations left as they are unless sent.
     */
    public record FieldRequest(String key, String label, CustomFieldType type, List<String> choices, Boolean required, Boolean active,
                               Map<String, String> translations, Map<String, Map<String, String>> choiceTranslations,
                               String help, Map<String, String> helpTranslations) {

        FieldDefinition definition(String fixedKey) {
            return new FieldDefinition(fixedKey, label, type, choices == null ? List.of() : choices,
                    Boolean.TRUE.equals(required), !Boolean.FALSE.equals(active), translations, choiceTranslations, help, helpTranslations);
        }
    }

    @GET
    @Operation(summary = "Every field, active or not, by key")
    @APIResponse(responseCode = "200", description = "Every field",
            content = @Content(examples = @ExampleObject(name = "fields", value = "[" + AdminExamples.FIELD + "]")))
    public List<FieldDefinition> list() {
        return fields.all();
    }

    @POST
    @Operation(summary = "Define a field", description = "type: TEXT, NUMBER, DATE, CHOICE (see the enum); a key another field has: 409 naming key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "field", value = AdminExamples.FIELD)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "field", value = AdminExamples.FIELD)))
    public Response create(FieldRequest request) {
        var created = fields.create(request.definition(request.key()));
        return Versions.created(uri.getAbsolutePathBuilder().path(created.key()).build(), fields.read(created.key()));
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One field; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The field",
            content = @Content(examples = @ExampleObject(name = "field", value = AdminExamples.FIELD)))
    public Response get(@PathParam("key") String key) {
        return Versions.ok(fields.read(key));
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Redefine a field, or switch it off or on (If-Match required)",
            description = "Another type once tickets have values, or taking away a choice tickets use: 409. "
                    + "No If-Match: 428; a stale one: 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "field", value = AdminExamples.FIELD)))
    @APIResponse(responseCode = "200", description = "As changed, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "field", value = AdminExamples.FIELD)))
    public Response change(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, FieldRequest request) {
        var version = Versions.required(ifMatch, "custom field");
        return Versions.ok(fields.change(request.definition(FixedKeys.check("key", key, request.key(), "custom field")), version));
    }
}
