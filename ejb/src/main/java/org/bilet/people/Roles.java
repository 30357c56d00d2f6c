package org.bilet.people;

/** Role names as constants for {@code @RolesAllowed}, which needs compile-time strings. */
public final class Roles {

    public static final String REQUESTER = "REQUESTER";
    public static final String AGENT = "AGENT";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    /**
     * Bilet's own work (timers, mail intake, rules), run with {@code @RunAs(SYSTEM)}; no person has
     * it, and it is not a {@link Role} that can be granted.
     */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
