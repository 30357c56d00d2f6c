/**
 * Guessing passwords is slowed and then stopped: failed sign-ins are counted per account and per
 * client address in the database (one upsert each), an account that keeps failing waits a growing
 * delay and is then locked for a while, an address that fails too often is blocked, and every
 * lockout ends by itself or when an administrator lifts it. The rules are {@link SignInLimits}.
 */
package org.bilet.signin;
