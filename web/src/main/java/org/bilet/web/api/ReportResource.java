package org.bilet.web.api;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.bilet.kb.faq.FaqOutlook;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.reports.kpi.KpiTickets;
import org.bilet.reports.kpi.Kpis;

/**
 * The KPIs for managers, as the dashboard and the PDF reports show them (definitions in docs/kpi.md),
 * with the open FAQ suggestions beside them (from kb: the two modules know nothing of each other,
 * so the answer is composed here); and the tickets behind a figure, a bar or a row.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    Kpis kpis;

    @EJB
    KpiTickets tickets;

    @EJB
    FaqOutlook faq;

    @Inject
    CurrentUser currentUser;

    /** The report's fields as {@link org.bilet.reports.kpi.KpiReport} names them, and {@code faqSuggestions}. */
    @GET
    @Path("kpi")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public JsonObject kpi(@BeanParam KpiParameters parameters) {
        var report = kpis.report(parameters.filter(currentUser.get().timeZone()));
        var jsonb = JsonbConfiguration.jsonb();
        try (var reader = JSON.createReader(new StringReader(jsonb.toJson(report)));
             var problems = JSON.createReader(new StringReader(jsonb.toJson(faq.open())))) {
            return JSON.createObjectBuilder(reader.readObject()).add("faqSuggestions", problems.readObject()).build();
        }
    }

    /** {@code GET /api/reports/kpi/tickets?figure=…&from=…&to=…[&day=…|&dimension=…&key=…][&first=…&size=…]}: newest first. */
    @GET
    @Path("kpi/tickets")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public KpiTickets.Page tickets(@BeanParam KpiParameters parameters, @BeanParam KpiDrillParameters drill) {
        var filter = parameters.filter(currentUser.get().timeZone());
        return tickets.behind(filter, drill.figure(), drill.narrowing(), drill.first(), drill.size());
    }
}
