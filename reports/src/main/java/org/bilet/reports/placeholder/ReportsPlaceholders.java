package org.bilet.reports.placeholder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilet.people.Roles;

/**
 * Exists to prove the wiring of reports until its first real service replaces it: the core's
 * EntityManager, a role check and Bean Validation on a parameter, as every service has.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ReportsPlaceholders {

    @Inject
    EntityManager em;

    public long record(@NotBlank @Size(max = 100) String name) {
        var placeholder = new ReportsPlaceholder(name.strip());
        em.persist(placeholder);
        return placeholder.id();
    }

    public List<String> names() {
        return em.createNamedQuery(ReportsPlaceholder.NAMES, String.class).getResultList();
    }
}
