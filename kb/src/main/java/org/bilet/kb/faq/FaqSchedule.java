package org.bilet.kb.faq;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import org.bilet.cluster.TimerTurns;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Computes the FAQ suggestions every night as Bilet. Not persistent: a night missed while the
 * server was down only means the suggestions are a day older until the next, and editors can
 * recompute them at any time.
 */
@Singleton
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FaqSchedule {

    @EJB
    FaqMining mining;

    @EJB
    TimerTurns turns;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void nightly() {
        if (turns.take("faq-mining", Duration.ofDays(1))) {
            mining.refresh();
        }
    }
}
