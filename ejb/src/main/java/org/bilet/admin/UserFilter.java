package org.bilet.admin;

import org.bilet.people.Role;

/**
 * Which users a list shows: whose username, name or e-mail contains {@code text}, who have
 * {@code role}, are active or not, belong to the organization or department; null: any.
 */
public record UserFilter(String text, Role role, Boolean active, Long organizationId) {

    public static UserFilter matching(String text) {
        return new UserFilter(text, null, null, null);
    }
}
