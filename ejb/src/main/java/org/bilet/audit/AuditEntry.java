package org.bilet.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;
import org.hibernate.annotations.Immutable;

/**
 * One administrative change: who made it, when, from which address, of what kind, to what, and
 * what changed from what to what. Never updated nor deleted; never holds a password or its hash.
 */
@Entity
@Immutable
public class AuditEntry {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_SUMMARY_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private User actor;

    private String clientAddress;

    @Enumerated(EnumType.STRING)
    private AuditKind kind;

    private String subject;
    private String summary;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, User actor, String clientAddress, AuditKind kind, String subject, String summary) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.clientAddress = clientAddress;
        this.kind = Objects.requireNonNull(kind);
        this.subject = clip(Objects.requireNonNull(subject), MAX_SUBJECT_LENGTH);
        this.summary = clip(Objects.requireNonNull(summary), MAX_SUMMARY_LENGTH);
    }

    /** Long summaries are cut rather than refused: the change itself must not fail for its record. */
    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public User actor() {
        return actor;
    }

    public String clientAddress() {
        return clientAddress;
    }

    public AuditKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String summary() {
        return summary;
    }
}
