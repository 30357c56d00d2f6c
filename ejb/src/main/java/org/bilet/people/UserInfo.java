package org.bilet.people;

import java.util.Map;
import java.util.Set;

public record UserInfo(String username, String name, String email, Set<Role> roles, String organization,
                       String contractNumber, Map<String, String> attributes, String locale, boolean languageChosen,
                       String timeZone, boolean active) {

    public static UserInfo of(User u) {
        return new UserInfo(u.username(), u.displayName(), u.email(), u.roles(),
                u.organization() == null ? null : u.organization().name(), u.contractNumber(), u.attributes(),
                u.locale(), u.languageChosen(), u.timeZone(), u.active());
    }
}
