package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bilet.audit.AuditEntryInfo;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditLog;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of the administration, as its screen shows it: every change, newest first. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: audit log", description = "Administrators only, as the administration screens.")
public class AuditLogResource {

    @EJB
    AuditLog log;

    @GET
    @Operation(summary = "Audit entries, newest first",
            description = "actor: the start of the username, first or last name of whoever made the change; kind: one kind, such as USER_CREATED.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(examples = @ExampleObject(name = "page", value = AdminExamples.AUDIT_PAGE)))
    public Page<AuditEntryInfo> list(@QueryParam("actor") String actor,
                                     @QueryParam("kind") String kind,
                                     @QueryParam("page") @DefaultValue("0") String page,
                                     @QueryParam("size") @DefaultValue("20") String size) {
        return log.page(actor, kind(kind), QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    private static AuditKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Choices.find(AuditKind.class, value).orElseThrow(() -> InvalidInputException.of("kind",
                Choices.mustBeOneOf("kind", AuditKind.class)));
    }
}
