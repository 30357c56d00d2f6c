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
import org.bilet.people.Roles;
import org.bilet.replies.CannedResponseDetails;
import org.bilet.replies.CannedResponses;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Canned responses as the administration screen keeps them: administrators write and revise them
 * and switch them off, never delete them (there are no personal ones: every agent sees the active
 * ones). Bodies are sanitized HTML, or plain text made into paragraphs, with known placeholders only.
 */
@Path("admin/canned-responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: canned responses", description = "Administrators only, as the administration screens.")
public class CannedResponseResource {

    @EJB
    CannedResponses responses;

    @Context
    UriInfo uri;

    /**
     * A response as sent; {@code active} (of a change) is true unless said otherwise; the title and
     * body in other languages (language to text) are left as they are unless sent.
     */
    public record ResponseRequest(String title, String body, Boolean active, Map<String, String> titleTranslations,
                                  Map<String, String> bodyTranslations) {
    }

    @GET
    @Operation(summary = "Every response, active or not, by title")
    @APIResponse(responseCode = "200", description = "Every response",
            content = @Content(examples = @ExampleObject(name = "responses", value = "[" + AdminExamples.CANNED_RESPONSE + "]")))
    public List<CannedResponseDetails> list() {
        return responses.all();
    }

    @POST
    @Operation(summary = "Write a response", description = "A new response is active. A title another response has: 409 naming title; an unknown placeholder: 400 naming body.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "response", value = AdminExamples.NEW_CANNED_RESPONSE)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "response", value = AdminExamples.CANNED_RESPONSE)))
    public Response create(ResponseRequest request) {
        var created = responses.create(request.title(), request.body(), request.titleTranslations(), request.bodyTranslations());
        return Versions.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build(), responses.read(created.id()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One response; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The response",
            content = @Content(examples = @ExampleObject(name = "response", value = AdminExamples.CANNED_RESPONSE)))
    public Response get(@PathParam("id") long id) {
        return Versions.ok(responses.read(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Revise a response, or switch it off or on (If-Match required)", description = "No If-Match: 428; a stale one: 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "response", value = AdminExamples.NEW_CANNED_RESPONSE)))
    @APIResponse(responseCode = "200", description = "As revised, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "response", value = AdminExamples.CANNED_RESPONSE)))
    public Response change(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ResponseRequest request) {
        var version = Versions.required(ifMatch, "canned response");
        return Versions.ok(responses.change(id, version, request.title(), request.body(), !Boolean.FALSE.equals(request.active()),
                request.titleTranslations(), request.bodyTranslations()));
    }
}
