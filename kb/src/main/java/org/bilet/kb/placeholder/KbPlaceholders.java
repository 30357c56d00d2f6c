package org.bilet.kb.placeholder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilet.people.Roles;

/**
 * Exists to prove the wiring of kb until its first real service replaces it: the core's
 * EntityManager, a role check and Bean Validation on a parameter, as every service has.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KbPlaceholders {

    @Inject
    EntityManager em;

    public long record(@NotBlank @Size(max = 100) String name) {
        var placeholder = new KbPlaceholder(name.strip());
        em.persist(placeholder);
        return placeholder.id();
    }

    public List<String> names() {
        return em.createNamedQuery(KbPlaceholder.NAMES, String.class).getResultList();
    }
}
