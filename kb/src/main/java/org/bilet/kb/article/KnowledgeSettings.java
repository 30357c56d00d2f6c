package org.bilet.kb.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.bilet.people.Roles;

/** Administrators decide whether editors publish too, and whether authors may approve their own versions. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class KnowledgeSettings {

    @Inject
    EntityManager em;

    public ReviewRules rules() {
        return em.find(KbSettings.class, KbSettings.ID).rules();
    }

    public ReviewRules change(ReviewRules rules) {
        var settings = em.find(KbSettings.class, KbSettings.ID);
        settings.change(rules == null ? ReviewRules.STRICT : rules);
        return settings.rules();
    }
}
