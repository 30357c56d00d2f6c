package org.bilet.signin;

import java.io.Serializable;
import java.time.Instant;

/** A lockout as administrators see it: what is locked, after how many failures, until when. */
public record LockoutInfo(long id, SignInFailure.Kind kind, String subject, int failures, Instant lockedUntil) implements Serializable {

    static LockoutInfo of(SignInFailure failure) {
        var count = failure.count();
        return new LockoutInfo(failure.id(), failure.kind(), failure.subject(), count.failures(),
                count.lockedUntil() == null ? Instant.EPOCH : count.lockedUntil());
    }
}
