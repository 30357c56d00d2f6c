package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.bilet.people.ApiTokens;
import org.bilet.people.Directory;
import org.bilet.people.Roles;
import org.bilet.people.UserInfo;

/** The caller: who they are, and their personal API tokens. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class MeResource {

    /** The body of POST /api/me/tokens. */
    public record TokenRequest(String name) {
    }

    @EJB
    Directory directory;

    @EJB
    ApiTokens tokens;

    @GET
    public UserInfo me() {
        return directory.me();
    }

    @GET
    @Path("tokens")
    public List<ApiTokens.TokenInfo> tokens() {
        return tokens.mine();
    }

    @POST
    @Path("tokens")
    public Response issue(TokenRequest request) {
        return Response.status(Response.Status.CREATED).entity(tokens.issue(request.name())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
