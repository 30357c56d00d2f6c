package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.bilet.kb.search.ReindexProgress;
import org.bilet.kb.search.Reindexing;
import org.bilet.people.Roles;

/** Rebuilding the search index from the database, for administrators: start it, follow it. */
@Path("admin/search/reindex")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SearchIndexResource {

    @EJB
    Reindexing reindexing;

    @POST
    public Response start() {
        return Response.accepted(reindexing.start()).build();
    }

    @GET
    public ReindexProgress progress() {
        return reindexing.progress();
    }
}
