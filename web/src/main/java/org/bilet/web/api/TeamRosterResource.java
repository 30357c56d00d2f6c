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
import org.bilet.admin.TeamRoster;
import org.bilet.people.Roles;
import org.bilet.people.TeamInfo;
import org.bilet.platform.Versioned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Teams and who belongs to them, as the administration screen keeps them. Teams are not deleted
 * (tickets, categories and policies point at them), as on the screen. A team's ETag covers its
 * members too: joining or leaving raises its version.
 */
@Path("admin/teams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration: teams", description = "Administrators only, as the administration screens.")
public class TeamRosterResource {

    @EJB
    TeamRoster roster;

    @Context
    UriInfo uri;

    /** A team as created (key fixed from then on) or changed (name and address). */
    public record TeamRequest(String key, String name, String email) {
    }

    /** One member to add. */
    public record MemberRequest(String username) {
    }

    @GET
    @Operation(summary = "Teams by name, with their members")
    @APIResponse(responseCode = "200", description = "All of them",
            content = @Content(examples = @ExampleObject(name = "list", value = "[" + AdminExamples.TEAM + "]")))
    public List<TeamInfo> list() {
        return roster.all();
    }

    @POST
    @Operation(summary = "Create a team", description = "A key another team has: 409 naming key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "team", value = AdminExamples.NEW_TEAM)))
    @APIResponse(responseCode = "201", description = "Created; Location and ETag",
            content = @Content(examples = @ExampleObject(name = "team", value = AdminExamples.TEAM)))
    public Response create(TeamRequest request) {
        var created = roster.create(request.key(), request.name(), request.email());
        return Versions.created(uri.getAbsolutePathBuilder().path(created.key()).build(), roster.read(created.key()));
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One team; the ETag is its version")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(examples = @ExampleObject(name = "team", value = AdminExamples.TEAM)))
    public Response get(@PathParam("key") String key) {
        return Versions.ok(roster.read(key));
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Rename the team and set its address (If-Match required)", description = "No If-Match: 428; a stale one: 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "team", value = "{\"name\": \"Night shift\", \"email\": null}")))
    @APIResponse(responseCode = "200", description = "As changed, with the new ETag",
            content = @Content(examples = @ExampleObject(name = "team", value = AdminExamples.TEAM)))
    public Response change(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, TeamRequest request) {
        var version = Versions.required(ifMatch, "team");
        FixedKeys.check("key", key, request.key(), "team");
        return Versions.ok(roster.change(key, version, request.name(), request.email()));
    }

    @GET
    @Path("{key}/members")
    @Operation(summary = "The team's members; the ETag is the team's version")
    @APIResponse(responseCode = "200", description = "Members by username",
            content = @Content(examples = @ExampleObject(name = "members", value = AdminExamples.MEMBERS)))
    public Response members(@PathParam("key") String key) {
        return members(roster.read(key));
    }

    @PUT
    @Path("{key}/members")
    @Operation(summary = "Make the members exactly these (If-Match with the team's ETag required)",
            description = "Only active agents, managers and administrators; each one that is not is named (members[1]).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "usernames", value = "[\"agent\", \"agent2\"]")))
    @APIResponse(responseCode = "200", description = "The members, with the team's new ETag",
            content = @Content(examples = @ExampleObject(name = "members", value = AdminExamples.MEMBERS)))
    public Response replaceMembers(@PathParam("key") String key, @HeaderParam("If-Match") String ifMatch, List<String> usernames) {
        return members(roster.replaceMembers(key, Versions.required(ifMatch, "team"), usernames));
    }

    @POST
    @Path("{key}/members")
    @Operation(summary = "Add one member", description = "Already a member: nothing changes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "member", value = "{\"username\": \"agent2\"}")))
    @APIResponse(responseCode = "200", description = "The members, with the team's new ETag",
            content = @Content(examples = @ExampleObject(name = "members", value = AdminExamples.MEMBERS)))
    public Response addMember(@PathParam("key") String key, MemberRequest request) {
        roster.addMember(key, request.username());
        return members(roster.read(key));
    }

    @DELETE
    @Path("{key}/members/{username}")
    @Operation(summary = "Take one member out (If-Match with the team's ETag required)", description = "Not a member: nothing changes.")
    @APIResponse(responseCode = "200", description = "The members left, with the team's new ETag",
            content = @Content(examples = @ExampleObject(name = "members", value = AdminExamples.MEMBERS)))
    public Response removeMember(@PathParam("key") String key, @PathParam("username") String username,
                                 @HeaderParam("If-Match") String ifMatch) {
        return members(roster.removeMember(key, Versions.required(ifMatch, "team"), username));
    }

    private static Response members(Versioned<TeamInfo> team) {
        return Versions.ok(new Versioned<>(team.value().members(), team.version()));
    }
}
