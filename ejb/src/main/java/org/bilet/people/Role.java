package org.bilet.people;

/** What a user may do. Role names are also the security groups; see {@link Roles}. */
public enum Role {
    /** Reports problems and follows their own tickets. */
    REQUESTER,
    /** Works tickets in the helpdesk. */
    AGENT,
    /** Oversees teams and reports; can do all an agent can. */
    MANAGER,
    /** Configures Bilet. */
    ADMIN,
    /** Writes and reviews knowledge-base articles; publishes them where administrators allow it. */
    EDITOR;

    public boolean isStaff() {
        return this != REQUESTER;
    }
}
