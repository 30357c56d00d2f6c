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
import java.time.Instant;
import java.time.LocalDate;

/**
 * One period of a subscription, delivered: its mail queued in the outbox (whose attempts are the
 * delivery's log), or given up on with the reason. Unique per subscription and period.
 */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery {

    public enum State { QUEUED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    private ReportSubscription subscription;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "mail_id")
    private Long mailId;

    private String error;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ReportDelivery() {
    }

    private ReportDelivery(ReportSubscription subscription, State state, Long mailId, String error, Instant at) {
        this.subscription = subscription;
        this.periodStart = subscription.periodFilter().from();
        this.periodEnd = subscription.periodFilter().to();
        this.state = state;
        this.mailId = mailId;
        this.error = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        this.createdAt = at;
    }

    static ReportDelivery queued(ReportSubscription subscription, long mailId, Instant at) {
        return new ReportDelivery(subscription, State.QUEUED, mailId, null, at);
    }

    static ReportDelivery failed(ReportSubscription subscription, String error, Instant at) {
        return new ReportDelivery(subscription, State.FAILED, null, error, at);
    }

    public Long id() {
        return id;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public State state() {
        return state;
    }

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
