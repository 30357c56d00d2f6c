package org.bilet.people;

/** Role names as constants for {@code @RolesAllowed}, which needs compile-time strings. */
public final class Roles {

    public static final String REQUESTER = "REQUESTER";
    public static final String AGENT = "AGENT";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
