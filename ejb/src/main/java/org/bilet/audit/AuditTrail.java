package org.bilet.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.RequestOrigin;

/**
 * Writes audit entries for the administration services. MANDATORY: an entry is only ever written
 * inside the transaction of the change it records, so both commit or neither does. Bilet itself
 * writes entries too (the users an import creates, as {@code @bilet}; the import job's own entries
 * name the administrator who started it).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    public void record(AuditKind kind, String subject, ChangeSummary summary) {
        record(kind, subject, summary.toString());
    }

    public void record(AuditKind kind, String subject, String summary) {
        em.persist(new AuditEntry(clock.instant(), currentUser.get(), origin.clientAddress(), kind, subject, summary));
    }
}
