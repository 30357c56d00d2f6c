package org.bilet.tickets;

import java.io.Serializable;

/**
 * Whose tickets the customer view shows: a person ({@code username} set; their organization if they
 * have one) or an organization with its departments ({@code username} null).
 */
public record CustomerProfile(String username, String name, String email, String phone, Long organizationId,
                              String organization) implements Serializable {

    public boolean isPerson() {
        return username != null;
    }
}
