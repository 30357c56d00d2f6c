package org.bilet.admin;

import java.io.Serializable;

/** An organization, or a department when it has a parent, with how many users belong to it. */
public record OrganizationInfo(long id, String name, Long parentId, String path, long users) implements Serializable {

    public boolean isDepartment() {
        return parentId != null;
    }
}
