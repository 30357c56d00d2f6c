package org.bilet.people;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * A user as clients see them; {@code languageChosen} says the user picked the language in the
 * screens, {@code directoryAccount} that the company directory manages them.
 */
public record UserInfo(String username, String name, String email, Set<Role> roles, String organization,
                       String contractNumber, Map<String, String> attributes, String locale, boolean languageChosen,
                       String timeZone, boolean active, boolean directoryAccount) implements Serializable {

    public static UserInfo of(User u) {
        return new UserInfo(u.username(), u.displayName(), u.email(), u.roles(),
                u.organization() == null ? null : u.organization().name(), u.contractNumber(), u.attributes(),
                u.locale(), u.languageChosen(), u.timeZone(), u.active(), u.isDirectoryAccount());
    }
}
