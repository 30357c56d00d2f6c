package org.bilet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.metrics.SignInMeters;
import org.bilet.people.Role;
import org.bilet.people.ScreenSessions;
import org.bilet.signin.SignInGuard;
import org.bilet.signin.SignInRefusal;

/**
 * A username and password, from the form or HTTP Basic, checked under the {@link SignInGuard}: an
 * account or address that is held back is refused before its password is looked at (a right one
 * too), a wrong password is counted, a right one clears the account's count. Basic credentials are
 * looked up in the {@link BasicCache} first, but only after the guard has let the attempt through,
 * so a locked account is refused even with a credential that passed a minute ago.
 */
@ApplicationScoped
public class PasswordSignIn {

    /** What became of an attempt. */
    public sealed interface Outcome {
    }

    public record Accepted(String username, Set<String> roles) implements Outcome {
    }

    /** Wrong, unknown or deactivated; not held back (yet). */
    public record Refused() implements Outcome {
    }

    public record HeldBack(SignInRefusal refusal) implements Outcome {
    }

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    SignInGuard guard;

    @EJB
    ScreenSessions sessions;

    @Inject
    BasicCache cache;

    @Inject
    SignInMeters meters;

    /** An attempt from the client address; {@code cacheable} for Basic, which repeats the same credential. */
    public Outcome attempt(UsernamePasswordCredential login, String address, boolean cacheable) {
        var username = login.getCaller();
        var password = login.getPasswordAsString();
        var standing = guard.check(username, address);
        if (standing.refusal().isPresent()) {
            return new HeldBack(standing.refusal().get());
        }
        if (cacheable) {
            var remembered = cache.find(username, password);
            if (remembered.isPresent()) {
                var roles = sessions.resume(remembered.get());
                if (roles.isPresent()) {
                    if (standing.accountHasFailures()) {
                        guard.succeeded(username);
                    }
                    return new Accepted(remembered.get().username(), names(roles.get()));
                }
                cache.forget(username, password);
            }
        }
        // The generation is read before the check: a password changed meanwhile leaves an entry that never counts.
        var generation = cacheable ? sessions.begin(username).generation() : -1;
        var result = identityStores.validate(login);
        switch (result.getStatus()) {
            case VALID -> {
                if (standing.accountHasFailures()) {
                    guard.succeeded(username);
                }
                var caller = result.getCallerPrincipal().getName();
                if (cacheable && generation >= 0) {
                    cache.remember(username, password, new ScreenSessions.Stamp(caller, generation));
                }
                return new Accepted(caller, result.getCallerGroups());
            }
            case INVALID -> {
                // Basic is the way that repeats a credential, hence the cacheable one.
                meters.failed(cacheable ? SignInMeters.Way.BASIC : SignInMeters.Way.FORM);
                return guard.failed(username, address).<Outcome>map(HeldBack::new).orElseGet(Refused::new);
            }
            default -> {
                // Nobody could tell (the directory did not answer): not the caller's failure to count.
                return new Refused();
            }
        }
    }

    private static Set<String> names(Set<Role> roles) {
        return roles.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
