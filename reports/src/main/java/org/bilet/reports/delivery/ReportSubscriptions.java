package org.bilet.reports.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
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

    /** The deliveries of the subscriptions the caller sees (of one, when given), newest first, with their mail's fate. */
    public List<DeliveryInfo> deliveries(Long subscription, int first, int size) {
        var me = currentUser.get();
        var query = em.createQuery("""
                        select d, s.id, s.report, m.state, m.attempts, m.sentAt, m.lastError
                        from ReportDelivery d join d.subscription s left join OutgoingMail m on m.id = d.mailId
                        where 1 = 1"""
                        + (me.hasRole(org.bilet.people.Role.ADMIN) ? "" : " and s.owner = :me")
                        + (subscription == null ? "" : " and s.id = :subscription")
                        + " order by d.createdAt desc, d.id desc", Object[].class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, 200)));
        if (!me.hasRole(org.bilet.people.Role.ADMIN)) {
            query.setParameter("me", me);
        }
        if (subscription != null) {
            query.setParameter("subscription", subscription);
        }
        return query.getResultStream().map(r -> {
            var delivery = (ReportDelivery) r[0];
            var subscriptionId = (Long) r[1];
            var report = ((org.bilet.reports.documents.ReportKind) r[2]).urlName();
            // Until its mail is queued (never, when it failed) a delivery's fate is its own.
            return r[3] == null
                    ? new DeliveryInfo(delivery.id(), subscriptionId, report, delivery.periodStart(), delivery.periodEnd(),
                            delivery.createdAt(), delivery.state().name(), 0, null, delivery.error())
                    : new DeliveryInfo(delivery.id(), subscriptionId, report, delivery.periodStart(), delivery.periodEnd(),
                            delivery.createdAt(), r[3].toString(), (Integer) r[4], (Instant) r[5], (String) r[6]);
        }).toList();
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
}
