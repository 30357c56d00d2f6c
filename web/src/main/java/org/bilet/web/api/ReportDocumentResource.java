package org.bilet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.reports.documents.ReportDocuments;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.Kpis;

/**
 * A report as a document: {@code GET /api/reports/{kpi|agents|sla|csat}.{pdf|xlsx|csv}} with the
 * KPI parameters, in the caller's language, as an attachment named for its period.
 */
@Path("reports")
@RequestScoped
public class ReportDocumentResource {

    @EJB
    Kpis kpis;

    @Inject
    ReportDocuments documents;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("{report: [a-z]+}.{extension: [a-z]+}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response document(@PathParam("report") String name, @PathParam("extension") String extension,
                             @BeanParam KpiParameters parameters) {
        var kind = ReportKind.parse(name).orElseThrow(() -> new NotFoundException("There is no report '" + name + "'."));
        var format = ReportFormat.fromExtension(extension)
                .orElseThrow(() -> new NotFoundException("Reports come as .pdf, .xlsx or .csv, not ." + extension + "."));
        var me = currentUser.get();
        var report = kpis.report(parameters.filter(me.timeZone()));
        var locale = Locale.forLanguageTag(me.locale());
        // Rendered before the answer starts, so that a failure is a clean error rather than a cut file.
        var bytes = documents.render(kind, report, locale, format);
        StreamingOutput body = out -> out.write(bytes);
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + documents.fileName(kind, report, format) + "\"")
                .build();
    }
}
