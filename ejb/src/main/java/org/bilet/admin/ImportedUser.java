package org.bilet.admin;

import java.util.Objects;

/**
 * A person brought over from another help desk: a requester without a password in Bilet (they
 * sign in with the company directory, or an administrator gives them one). {@code login} is the
 * username they had there, used when it is a valid Bilet username that is free; otherwise the
 * e-mail address is the username.
 */
public record ImportedUser(String login, String email, String firstName, String lastName, String organization,
                           boolean active, String source) {

    public ImportedUser {
        Objects.requireNonNull(email);
        Objects.requireNonNull(firstName);
        Objects.requireNonNull(lastName);
        Objects.requireNonNull(source);
    }
}
