package org.bilet.web.reports;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;
import org.bilet.reports.delivery.DeliveryInfo;
import org.bilet.reports.delivery.Frequency;
import org.bilet.reports.delivery.ReportSubscriptions;
import org.bilet.reports.delivery.SubscriptionDefinition;
import org.bilet.reports.delivery.SubscriptionInfo;
import org.bilet.reports.documents.ReportDocuments;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.Kpis;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;

/**
 * The managers' reports screen: choose a report, its period and team, open it as a PDF (the
 * browser's viewer is the preview) or download it as PDF, XLSX or CSV; subscribe to it by mail
 * and read what was delivered. The words of the documents follow the reader's language.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DELIVERIES_SHOWN = 20;

    @Inject
    Kpis kpis;

    @Inject
    ReportDocuments documents;

    @EJB
    ReportSubscriptions subscriptions;

    @Inject
    Directory directory;

    @Inject
    UserSession session;

    private ReportKind report = ReportKind.KPI;
    private PeriodChoice period;
    private List<TeamInfo> teams;

    private Frequency frequency = Frequency.MONTHLY;
    private ReportFormat format = ReportFormat.PDF;
    private int sendHour = 7;
    private String recipients;
    private List<SubscriptionInfo> mine;
    private List<DeliveryInfo> deliveries;

    /** Last month, until the reader chooses; the reader's own address as the first recipient. */
    public void open() {
        if (period == null) {
            var today = LocalDate.now(session.getZone());
            period = new PeriodChoice(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1).minusDays(1));
            recipients = session.getUser().email();
        }
    }

    /** Writes the report as the response: inline opens it in the browser's viewer, else it downloads. */
    public void document(String formatName, boolean inline) {
        var chosen = ReportFormat.valueOf(formatName);
        Refusals.inForm("report").field("from", "report:from").field("to", "report:to").field("team", "report:team").attempt(() -> {
            var figures = kpis.report(period.filter(session.getZone()));
            var bytes = documents.render(report, figures, session.getLocale(), chosen);
            var faces = FacesContext.getCurrentInstance();
            var external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType(chosen.mediaType());
            external.setResponseContentLength(bytes.length);
            external.setResponseHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\""
                    + documents.fileName(report, figures, chosen) + "\"");
            try {
                external.getResponseOutputStream().write(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            faces.responseComplete();
        });
    }

    public void subscribe() {
        var zone = session.getZone();
        var definition = new SubscriptionDefinition(report, format, frequency, zone, session.getLocale(), sendHour,
                period.between(null, null, zone),
                recipients == null ? List.of() : Arrays.stream(recipients.split("[\\n,;]+")).map(String::strip)
                        .filter(r -> !r.isEmpty()).toList(), true);
        if (Refusals.inForm("subscribe").fields(field -> field.startsWith("recipients") ? "subscribe:recipients" : null)
                .field("team", "report:team").attempt(() -> subscriptions.create(definition)) != null) {
            Texts.info("reports.subscribed");
            mine = null;
        }
    }

    public void unsubscribe(long id) {
        Refusals.inForm("subscriptions").attempt(() -> subscriptions.delete(id));
        mine = null;
        deliveries = null;
    }

    public List<SubscriptionInfo> getSubscriptions() {
        return mine == null ? mine = subscriptions.mine() : mine;
    }

    public List<DeliveryInfo> getDeliveries() {
        return deliveries == null ? deliveries = subscriptions.deliveries(null, 0, DELIVERIES_SHOWN) : deliveries;
    }

    public List<ReportKind> getKinds() {
        return List.of(ReportKind.values());
    }

    public List<Frequency> getFrequencies() {
        return List.of(Frequency.values());
    }

    public List<ReportFormat> getFormats() {
        return List.of(ReportFormat.values());
    }

    public List<TeamInfo> getTeams() {
        return teams == null ? teams = directory.teams() : teams;
    }

    public ReportKind getReport() {
        return report;
    }

    public void setReport(ReportKind report) {
        this.report = report;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public void setFormat(ReportFormat format) {
        this.format = format;
    }

    public int getSendHour() {
        return sendHour;
    }

    public void setSendHour(int sendHour) {
        this.sendHour = sendHour;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
