package org.bilet.reports.delivery;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bilet.channels.mail.Mailer;
import org.bilet.channels.mail.OutgoingMailDraft;
import org.bilet.people.Roles;
import org.bilet.reports.documents.ReportDocuments;
import org.bilet.reports.kpi.Kpis;

/**
 * Delivers one due period of one subscription per transaction: the report is computed and
 * rendered, its mail queued in the outbox with the document attached, the delivery recorded and
 * the subscription moved to its next period, all or nothing. The subscription's row lock makes two
 * passes (or two nodes) take turns, and the unique (subscription, period) makes a second delivery
 * of a period impossible.
 */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class ReportDispatch {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    Kpis kpis;

    @EJB
    Mailer mailer;

    @Inject
    ReportDocuments documents;

    /** The ids of the subscriptions with a period due at {@code now}, the longest due first. */
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("""
                        select s.id from ReportSubscription s where s.active = true and s.nextDueAt <= :now
                        order by s.nextDueAt""", Long.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Delivers the subscription's oldest due period; false when none is due (any more). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id) {
        var now = clock.instant();
        var subscription = em.find(ReportSubscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null || !subscription.isDue(now)) {
            return false;
        }
        var report = kpis.report(subscription.periodFilter());
        var locale = subscription.localeOf();
        var document = documents.render(subscription.report(), report, locale, subscription.format());
        var letter = new DeliveryLetter(subscription.report(), report.filter(), locale);
        var mail = mailer.queue(new OutgoingMailDraft("report:" + subscription.id(), subscription.recipientList(), null,
                letter.subject(), letter.text(), null,
                List.of(new OutgoingMailDraft.Attachment(documents.fileName(subscription.report(), report, subscription.format()),
                        subscription.format().mediaType(), document)),
                null, null));
        em.persist(ReportDelivery.queued(subscription, mail.id(), now));
        subscription.advance();
        return true;
    }

    /**
     * Records that the period cannot be delivered as subscribed (its team or category was deleted,
     * a recipient became invalid) and moves on, so that one bad period does not block the next.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void giveUp(long id, String reason) {
        var now = clock.instant();
        var subscription = em.find(ReportSubscription.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null || !subscription.isDue(now)) {
            return;
        }
        em.persist(ReportDelivery.failed(subscription, reason, now));
        subscription.advance();
    }
}
