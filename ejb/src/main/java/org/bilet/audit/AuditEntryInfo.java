package org.bilet.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as the audit screen lists it. */
public record AuditEntryInfo(long id, Instant occurredAt, String actor, String actorName, String clientAddress,
                             AuditKind kind, String subject, String summary) implements Serializable {
}
