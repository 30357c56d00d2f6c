package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.reports.kpi.KpiReport;
import org.bilet.reports.kpi.Kpis;

/** The KPIs for managers, as the dashboard and the PDF reports show them (definitions in docs/kpi.md). */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    Kpis kpis;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("kpi")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public KpiReport kpi(@BeanParam KpiParameters parameters) {
        return kpis.report(parameters.filter(currentUser.get().timeZone()));
    }
}
