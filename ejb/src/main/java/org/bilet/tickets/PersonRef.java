package org.bilet.tickets;

import java.io.Serializable;
import org.bilet.people.User;

/** A person as other records mention them. */
public record PersonRef(String username, String name) implements Serializable {

    public static PersonRef of(User user) {
        return user == null ? null : new PersonRef(user.username(), user.displayName());
    }
}
