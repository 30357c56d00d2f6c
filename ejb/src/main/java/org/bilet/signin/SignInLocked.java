package org.bilet.signin;

import org.bilet.signin.SignInFailure.Kind;

/** An account or a client address was just locked by its failed sign-ins; fired in the transaction that locked it. */
public record SignInLocked(Kind scope) {
}
