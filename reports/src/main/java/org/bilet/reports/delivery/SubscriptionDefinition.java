package org.bilet.reports.delivery;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.KpiFilter;

/**
 * What a subscriber chooses: the report and its format, how often, the zone of its days and the
 * language of its words, the hour it is sent after each period, which tickets (the filter's
 * dimensions; its dates are the periods'), and the recipients' addresses.
 */
public record SubscriptionDefinition(ReportKind report, ReportFormat format, Frequency frequency, ZoneId zone, Locale locale,
                                     int sendHour, KpiFilter filter, List<String> recipients, boolean active) {

    public SubscriptionDefinition {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
