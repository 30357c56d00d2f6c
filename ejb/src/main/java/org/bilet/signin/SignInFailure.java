package org.bilet.signin;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Locale;

/**
 * The failed sign-ins of one account or one client address. Written only by {@link SignInGuard}'s
 * upsert (never through this mapping, and never cached: a count must be the database's of the
 * moment), read here; deleted when the account signs in, when an administrator lifts a lockout,
 * or once it has expired.
 */
@Entity
@NamedQuery(name = SignInFailure.OF_ATTEMPT, query = "select f from SignInFailure f"
        + " where (f.kind = :account and f.subject = :username) or (f.kind = :address and f.subject = :from)")
@NamedQuery(name = SignInFailure.LOCKED, query = "select f from SignInFailure f where f.lockedUntil > :now"
        + " order by f.lockedUntil desc, f.id")
public class SignInFailure {

    static final String OF_ATTEMPT = "SignInFailure.ofAttempt";
    static final String LOCKED = "SignInFailure.locked";

    /** Longest subject kept; a longer username is counted under its first characters. */
    static final int MAX_SUBJECT_LENGTH = 200;

    /** What is counted: the username typed, or the address the attempt came from. */
    public enum Kind { ACCOUNT, ADDRESS }

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String subject;
    private int failures;
    private Instant windowStartedAt;
    private Instant lastFailedAt;
    private Instant lockedUntil;

    protected SignInFailure() {
    }

    /** Usernames match whatever their case (as the database compares them), so they count together. */
    static String subjectOf(String typed) {
        var subject = typed.toLowerCase(Locale.ROOT);
        return subject.length() <= MAX_SUBJECT_LENGTH ? subject : subject.substring(0, MAX_SUBJECT_LENGTH);
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    SignInLimits.Count count() {
        return new SignInLimits.Count(kind, failures, windowStartedAt, lastFailedAt, lockedUntil);
    }
}
