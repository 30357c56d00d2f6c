package org.bilet.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;
import org.bilet.people.Role;
import org.bilet.people.User;

/**
 * A user as the administration lists and edits them; {@code directoryAccount}: signs in with the
 * company directory, which owns the password and the roles.
 */
public record UserAccount(String username, String firstName, String lastName, String email, Set<Role> roles,
                          Long organizationId, String organization, String language, String timeZone,
                          boolean active, boolean directoryAccount, Instant createdAt, String phone) implements Serializable {

    public String name() {
        return firstName + " " + lastName;
    }

    static UserAccount of(User u) {
        var organization = u.organization();
        return new UserAccount(u.username(), u.firstName(), u.lastName(), u.email(), u.roles(),
                organization == null ? null : organization.id(), organization == null ? null : organization.path(),
                u.locale(), u.timeZone(), u.active(), u.isDirectoryAccount(), u.createdAt(), u.phone());
    }
}
