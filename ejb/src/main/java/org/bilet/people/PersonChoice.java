package org.bilet.people;

/** Someone staff can choose, e.g. whom a ticket is for: enough to tell two Anna Nowaks apart. */
public record PersonChoice(String username, String name, String email, String organization) {

    static PersonChoice of(User u) {
        return new PersonChoice(u.username(), u.displayName(), u.email(), u.organization() == null ? null : u.organization().name());
    }
}
