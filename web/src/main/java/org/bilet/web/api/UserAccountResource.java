package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bilet.admin.NewUser;
import org.bilet.admin.UserAccount;
import org.bilet.admin.UserAccounts;
import org.bilet.admin.UserFilter;
import org.bilet.people.Role;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Users as the administration screen manages them, for provisioning from an HR system or a script:
 * listed and filtered, created with an initial password, changed (merge patch with If-Match),
 * deactivated rather than deleted, given a new password. Password hashes never leave the server.
 */
@Path("admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: users", description = "Administrators only, as the administration screens.")
public class UserAccountResource {

    @EJB
    UserAccounts accounts;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Users, by username, filtered and paged",
            description = "q: part of the username, name or e-mail; role: REQUESTER, AGENT, MANAGER or ADMIN; active: true or false; "
                    + "organization: an organization's or department's id.")
    @APIResponse(responseCode = "200", description = "A page of users",
            content = @Content(examples = @ExampleObject(name = "page", value = AdminExamples.USER_PAGE)))
    public Page<UserAccount> list(@QueryParam("q") String text,
                                  @QueryParam("role") String role,
                                  @QueryParam("active") String active,
                                  @QueryParam("organization") String organization,
                                  @QueryParam("page") @DefaultValue("0") String page,
                                  @QueryParam("size") @DefaultValue("20") String size) {
        var filter = new UserFilter(text, role(role), flag(active), organization(organization));
        return accounts.list(filter, QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    @POST
    @Operation(summary = "Create a user with an initial password",
            description = "Duplicate username or e-mail: 409 naming the field; invalid values: 400 naming each field.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "new user", value = AdminExamples.NEW_USER)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "user", value = AdminExamples.USER)))
    public Response create(NewUser request) {
        var created = accounts.create(request);
        return Versions.created(uri.getAbsolutePathBuilder().path(created.username()).build(), accounts.read(created.username()));
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One user; the ETag is their version")
    @APIResponse(responseCode = "200", description = "The user",
            content = @Content(examples = @ExampleObject(name = "user", value = AdminExamples.USER)))
    public Response get(@PathParam("username") String username) {
        return Versions.ok(accounts.read(username));
    }

    @PATCH
    @Path("{username}")
    @Consumes({MediaType.APPLICATION_JSON, TicketResource.MERGE_PATCH_JSON})
    @Operation(summary = "Change a user (JSON merge patch, If-Match required)",
            description = "firstName, lastName, email, language, timeZone, organizationId (null: none), roles, active. "
                    + "No If-Match: 428; a stale one: 412. Deactivating someone with unresolved tickets, yourself, or taking away "
                    + "your own ADMIN role is refused; the directory's users keep the name, address and roles it gives them.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "patch", value = AdminExamples.USER_PATCH)))
    @APIResponse(responseCode = "200", description = "The user as changed, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "user", value = AdminExamples.USER)))
    public Response change(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch, JsonObject body) {
        var version = Versions.required(ifMatch, "user");
        var current = accounts.read(username);
        return Versions.ok(accounts.update(username, version, UserPatch.apply(current.value(), body)));
    }

    @POST
    @Path("{username}/password")
    @Operation(summary = "Set the password an administrator chose",
            description = "Ends the user's sessions and tokens. Users of the company directory change theirs there (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "password", value = "{\"password\": \"correct-horse-battery\"}")))
    @APIResponse(responseCode = "204", description = "Set")
    public void setPassword(@PathParam("username") String username, PasswordRequest request) {
        accounts.resetPassword(username, request.password());
    }

    @POST
    @Path("{username}/password/generate")
    @Operation(summary = "Set a random password and return it, the only time anyone sees it")
    @APIResponse(responseCode = "200", description = "The new password",
            content = @Content(examples = @ExampleObject(name = "generated", value = "{\"password\": \"k7Qm-x2Vd-93Lp\"}")))
    public PasswordRequest generatePassword(@PathParam("username") String username) {
        return new PasswordRequest(accounts.generatePassword(username));
    }

    /** A password, set or generated. */
    public record PasswordRequest(String password) {
    }

    private static Role role(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Choices.find(Role.class, value).orElseThrow(() -> InvalidInputException.of("role", Choices.mustBeOneOf("role", Role.class)));
    }

    private static Boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInputException.of("active", "active must be true or false.");
        };
    }

    private static Long organization(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("organization", "organization must be the id of an organization (a whole number).");
        }
    }
}
