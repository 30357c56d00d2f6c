package org.bilet.reports.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bilet.channels.mail.MailAddresses;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.InvalidInputException.FieldError;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.StaleVersionException;
import org.bilet.reports.kpi.Kpis;

/**
 * Managers' subscriptions to scheduled reports: each manager sees and changes their own,
 * administrators everyone's. The delivery log lists what was sent for them and how it fared.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class ReportSubscriptions {

    static final int MAX_RECIPIENTS = 20;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @EJB
    Kpis kpis;

    public List<SubscriptionInfo> mine() {
        var me = currentUser.get();
        var query = me.hasRole(org.bilet.people.Role.ADMIN)
                ? em.createQuery("select s from ReportSubscription s join fetch s.owner order by s.id", ReportSubscription.class)
                : em.createQuery("select s from ReportSubscription s join fetch s.owner where s.owner = :me order by s.id",
                ReportSubscription.class).setParameter("me", me);
        return query.getResultStream().map(SubscriptionInfo::of).toList();
    }

    public SubscriptionInfo find(long id) {
        return SubscriptionInfo.of(visible(id));
    }

    public SubscriptionInfo create(SubscriptionDefinition definition) {
        check(definition);
        var subscription = new ReportSubscription(currentUser.get(), definition, clock.instant());
        em.persist(subscription);
        return SubscriptionInfo.of(subscription);
    }

    public SubscriptionInfo update(long id, long version, SubscriptionDefinition definition) {
        var subscription = visible(id);
        if (subscription.version() != version) {
            throw new StaleVersionException("The subscription was changed meanwhile; reload it and apply your change again.",
                    subscription.version());
        }
        check(definition);
        subscription.apply(definition, clock.instant());
        em.flush();
        return SubscriptionInfo.of(subscription);
    }

    public void delete(long id) {
        em.remove(visible(id));
    }

    /** The deliveries of the subscriptions the caller sees, newest first. */
    public List<DeliveryInfo> deliveries(Long subscription, int first, int size) {
        var me = currentUser.get();
        boolean all = me.hasRole(org.bilet.people.Role.ADMIN);
        var sql = """
                select d.id, d.subscription_id, s.report, d.period_start, d.period_end, d.created_at,
                       coalesce(m.state, d.state), coalesce(m.attempts, 0), m.sent_at, coalesce(m.last_error, d.error)
                from report_delivery d join report_subscription s on s.id = d.subscription_id
                left join outgoing_mail m on m.id = d.mail_id
                where (:all = true or s.owner_id = :me) and (:subscription is null or d.subscription_id = :subscription)
                order by d.created_at desc, d.id desc""";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql)
                .setParameter("all", all).setParameter("me", me.id()).setParameter("subscription", subscription)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)))
                .getResultList();
        return rows.stream().map(r -> new DeliveryInfo(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((String) r[2]).toLowerCase(java.util.Locale.ROOT), date(r[3]), date(r[4]), instant(r[5]), (String) r[6],
                ((Number) r[7]).intValue(), r[8] == null ? null : instant(r[8]), (String) r[9])).toList();
    }

    private ReportSubscription visible(long id) {
        var subscription = em.find(ReportSubscription.class, id);
        var me = currentUser.get();
        if (subscription == null || !(me.hasRole(org.bilet.people.Role.ADMIN) || subscription.owner().id().equals(me.id()))) {
            throw new ResourceNotFoundException("There is no report subscription " + id + ".");
        }
        return subscription;
    }

    private void check(SubscriptionDefinition d) {
        var errors = new ArrayList<FieldError>();
        if (d.report() == null) {
            errors.add(new FieldError("report", "Choose a report: kpi, agents, sla or csat."));
        }
        if (d.format() == null) {
            errors.add(new FieldError("format", "Choose a format: PDF, XLSX or CSV."));
        }
        if (d.frequency() == null) {
            errors.add(new FieldError("frequency", "Choose how often: DAILY, WEEKLY or MONTHLY."));
        }
        if (d.sendHour() < 0 || d.sendHour() > 23) {
            errors.add(new FieldError("sendHour", "The hour of sending is a whole hour from 0 to 23."));
        }
        if (d.recipients().isEmpty()) {
            errors.add(new FieldError("recipients", "Give at least one recipient's e-mail address."));
        } else if (d.recipients().size() > MAX_RECIPIENTS) {
            errors.add(new FieldError("recipients", "A report goes to at most " + MAX_RECIPIENTS + " recipients."));
        }
        for (int i = 0; i < d.recipients().size(); i++) {
            var field = "recipients[" + i + "]";
            MailAddresses.problemWith(d.recipients().get(i)).ifPresent(problem -> errors.add(new FieldError(field, problem)));
        }
        try {
            kpis.checkDimensions(d.filter());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)
                : value instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC) : (Instant) value;
    }
}
