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
import java.util.List;
import org.bilet.catalog.Catalog;
import org.bilet.people.Directory;
import org.bilet.people.Roles;
import org.bilet.people.TeamInfo;
import org.bilet.people.UserInfo;
import org.bilet.platform.Page;

/** Read-only reference data: people and teams for staff, the classification scheme for everyone. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class DirectoryResource {

    @EJB
    Directory directory;

    @EJB
    Catalog catalog;

    @GET
    @Path("users")
    public Page<UserInfo> users(@QueryParam("page") @DefaultValue("0") String page,
                                @QueryParam("size") @DefaultValue("50") String size) {
        return directory.users(QueryNumbers.parse("page", page), QueryNumbers.parse("size", size));
    }

    @GET
    @Path("teams")
    public List<TeamInfo> teams() {
        return directory.teams();
    }

    @GET
    @Path("priorities")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<Catalog.PriorityInfo> priorities() {
        return catalog.priorities();
    }

    @GET
    @Path("categories")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<Catalog.CategoryInfo> categories() {
        return catalog.categories();
    }

    @GET
    @Path("custom-fields")
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    public List<Catalog.CustomFieldInfo> customFields() {
        return catalog.customFields();
    }
}
