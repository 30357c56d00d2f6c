package org.bilet.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.bilet.signin.SignInLocked;

/**
 * Failed password sign-ins, by the way they came (the form or HTTP Basic), and lockouts, by what
 * was locked (an account or a client address): the numbers, never who or from where.
 */
@ApplicationScoped
public class SignInMeters {

    static final String FAILURES = "bilet.signin.failures";
    static final String LOCKOUTS = "bilet.signin.lockouts";

    /** How a password reached Bilet. */
    public enum Way { FORM, BASIC }

    @Inject
    MeterRegistry registry;

    /** A wrong password (or unknown or deactivated user), counted by the sign-in guard. */
    public void failed(Way way) {
        registry.counter(FAILURES, "channel", way.name().toLowerCase(Locale.ROOT)).increment();
    }

    void locked(@Observes(during = TransactionPhase.AFTER_SUCCESS) SignInLocked locked) {
        registry.counter(LOCKOUTS, "scope", locked.scope().name().toLowerCase(Locale.ROOT)).increment();
    }
}
