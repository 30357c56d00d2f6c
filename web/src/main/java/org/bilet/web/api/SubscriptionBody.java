package org.bilet.web.api;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilet.platform.InvalidInputException;
import org.bilet.reports.delivery.Frequency;
import org.bilet.reports.delivery.SubscriptionDefinition;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.KpiFilter;
import org.bilet.tickets.Channel;

/**
 * A subscription as the API takes it. {@code zone} and {@code locale} default to the caller's,
 * {@code format} to PDF, {@code sendHour} to 7, {@code active} to true.
 */
public record SubscriptionBody(ReportKind report, ReportFormat format, Frequency frequency, String zone, String locale,
                               Integer sendHour, String team, String category, String priority, Channel channel,
                               String organization, String agent, List<String> recipients, Boolean active) {

    private static final Set<String> LANGUAGES = Set.of("en", "pl", "lt", "uk", "ru", "it");

    SubscriptionDefinition definition(String callersZone, Locale callersLocale) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null || zone.isBlank() ? callersZone : zone.strip());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("zone", "zone must be a time zone such as Europe/Warsaw, not '" + Problem.shown(zone) + "'.");
        }
        var language = locale == null || locale.isBlank() ? callersLocale.getLanguage() : locale.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw InvalidInputException.of("locale", "locale must be one of en, pl, lt, uk, ru, it, not '" + Problem.shown(locale) + "'.");
        }
        return new SubscriptionDefinition(report, format == null ? ReportFormat.PDF : format, frequency, zoneId,
                Locale.forLanguageTag(language), sendHour == null ? 7 : sendHour,
                new KpiFilter(null, null, zoneId, blankToNull(team), blankToNull(category), blankToNull(priority), channel,
                        blankToNull(organization), blankToNull(agent)),
                recipients, active == null || active);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
