package org.bilet.it.incontainer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bilet.kb.placeholder.KbPlaceholders;
import org.bilet.reports.placeholder.ReportsPlaceholders;

/**
 * Test-only API resource, added to the web module of the test deployment: calls the kb and reports
 * services over HTTP so that their refusals go through the API's real exception mappers. It
 * validates nothing itself, so a refusal can only come from the service.
 */
@Path("test/placeholders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlaceholdersResource {

    @EJB
    KbPlaceholders kb;

    @EJB
    ReportsPlaceholders reports;

    @POST
    @Path("kb")
    public long kb(@QueryParam("name") String name) {
        return kb.record(name);
    }

    @POST
    @Path("reports")
    public long reports(@QueryParam("name") String name) {
        return reports.record(name);
    }
}
