package org.bilet.reports.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bilet.people.User;
import org.bilet.reports.documents.ReportFormat;
import org.bilet.reports.documents.ReportKind;
import org.bilet.reports.kpi.KpiFilter;
import org.bilet.tickets.Channel;

/**
 * A manager's standing order for a report: which report, how often, for which tickets, to whom.
 * It knows its oldest undelivered period and when that falls due: the hour {@code sendHour} of the
 * period's following day, in the subscription's zone. Delivering a period moves it to the next.
 */
@Entity
@Table(name = "report_subscription")
public class ReportSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private User owner;

    @Enumerated(EnumType.STRING)
    private ReportKind report;

    @Enumerated(EnumType.STRING)
    private ReportFormat format;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private String zone;
    private String locale;

    @Column(name = "send_hour")
    private int sendHour;

    private String team;
    private String category;
    private String priority;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String organization;
    private String agent;
    private String recipients;
    private boolean active = true;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "next_period_start")
    private LocalDate nextPeriodStart;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Version
    private long version;

    protected ReportSubscription() {
    }

    /** A subscription whose first period is the one running at {@code now}. */
    public ReportSubscription(User owner, SubscriptionDefinition definition, Instant now) {
        this.owner = owner;
        this.createdAt = now;
        apply(definition, now);
    }

    /**
     * Takes the new definition. A new frequency or zone starts over from the period running now;
     * otherwise the periods still to deliver stay as they are.
     */
    public void apply(SubscriptionDefinition d, Instant now) {
        boolean restart = nextPeriodStart == null || frequency != d.frequency() || !d.zone().getId().equals(zone);
        report = d.report();
        format = d.format();
        frequency = d.frequency();
        zone = d.zone().getId();
        locale = d.locale().toLanguageTag();
        sendHour = d.sendHour();
        var filter = d.filter();
        team = filter.team();
        category = filter.category();
        priority = filter.priority();
        channel = filter.channel();
        organization = filter.organization();
        agent = filter.agent();
        recipients = String.join("\n", d.recipients());
        active = d.active();
        if (restart) {
            nextPeriodStart = frequency.periodStart(now.atZone(d.zone()).toLocalDate());
        }
        nextDueAt = dueAt(nextPeriodStart);
    }

    private Instant dueAt(LocalDate periodStart) {
        return frequency.next(periodStart).atTime(sendHour, 0).atZone(zoneId()).toInstant();
    }

    public boolean isDue(Instant now) {
        return active && !nextDueAt.isAfter(now);
    }

    /** The filter of the oldest undelivered period. */
    public KpiFilter periodFilter() {
        return new KpiFilter(nextPeriodStart, frequency.periodEnd(nextPeriodStart), zoneId(), team, category, priority,
                channel, organization, agent);
    }

    /** The period was delivered (or given up on): the next one is what comes due. */
    public void advance() {
        nextPeriodStart = frequency.next(nextPeriodStart);
        nextDueAt = dueAt(nextPeriodStart);
    }

    public SubscriptionDefinition definition() {
        return new SubscriptionDefinition(report, format, frequency, zoneId(), localeOf(), sendHour,
                new KpiFilter(null, null, zoneId(), team, category, priority, channel, organization, agent), recipientList(), active);
    }

    public List<String> recipientList() {
        return Arrays.stream(recipients.split("\n")).filter(r -> !r.isBlank()).toList();
    }

    public Locale localeOf() {
        return Locale.forLanguageTag(locale);
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    public Long id() {
        return id;
    }

    public User owner() {
        return owner;
    }

    public ReportKind report() {
        return report;
    }

    public ReportFormat format() {
        return format;
    }

    public Frequency frequency() {
        return frequency;
    }

    public LocalDate nextPeriodStart() {
        return nextPeriodStart;
    }

    public Instant nextDueAt() {
        return nextDueAt;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
