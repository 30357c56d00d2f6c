package org.bilet.reports.delivery;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.tickets.Channel;

/** A subscription as its owner and the API see it: what it sends, to whom, and which period comes next when. */
public record SubscriptionInfo(long id, String owner, ReportKind report, ReportFormat format, Frequency frequency, String zone,
                               String locale, int sendHour, String team, String category, String priority, Channel channel,
                               String organization, String agent, List<String> recipients, boolean active,
                               LocalDate nextPeriodStart, LocalDate nextPeriodEnd, Instant nextDueAt, long version) implements Serializable {

    static SubscriptionInfo of(ReportSubscription s) {
        var d = s.definition();
        var f = d.filter();
        return new SubscriptionInfo(s.id(), s.owner().username(), s.report(), s.format(), s.frequency(), d.zone().getId(),
                d.locale().toLanguageTag(), d.sendHour(), f.team(), f.category(), f.priority(), f.channel(), f.organization(),
                f.agent(), d.recipients(), s.active(), s.nextPeriodStart(), s.frequency().periodEnd(s.nextPeriodStart()),
                s.nextDueAt(), s.version());
    }
}
