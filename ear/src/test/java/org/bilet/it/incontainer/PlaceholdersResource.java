package org.bilet.it.incontainer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.bilet.reports.placeholder.ReportsPlaceholders;

/**
 * Test-only API resource, added to the web module of the test deployment: calls the reports
 * placeholder service over HTTP so that its refusals go through the API's real exception mappers.
 * It validates nothing itself, so a refusal can only come from the service. (kb is proved through
 * its real category API.)
 */
@Path("test/placeholders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlaceholdersResource {

    @EJB
    ReportsPlaceholders reports;

    @POST
    @Path("reports")
    public long reports(@QueryParam("name") String name) {
        return reports.record(name);
    }
}
