package org.bilet.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilet.platform.Problems;
import org.hibernate.jpa.HibernateHints;

/**
 * Resolves the keys that clients send (priority code, category key) and checks custom fields. The
 * lookups are cached queries read with {@code getResultList()}: Hibernate runs
 * {@code getResultStream()} as a scroll, which never consults the query cache.
 */
@ApplicationScoped
public class CatalogLookup {

    @Inject
    EntityManager em;

    public Optional<Priority> priority(String code) {
        return em.createQuery("select p from Priority p where p.code = :code", Priority.class)
                .setParameter("code", code)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList().stream().findFirst();
    }

    public Priority defaultPriority() {
        return em.createNamedQuery(Priority.DEFAULT, Priority.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no default priority is configured"));
    }

    public Optional<Category> category(String key) {
        return em.createQuery("select c from Category c where c.key = :key", Category.class)
                .setParameter("key", key)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList().stream().findFirst();
    }

    public List<CustomFieldDefinition> customFields() {
        return em.createNamedQuery(CustomFieldDefinition.ACTIVE, CustomFieldDefinition.class)
                .setHint(HibernateHints.HINT_CACHEABLE, true)
                .getResultList();
    }

    /**
     * Checks values against the active custom field definitions and returns them normalized; a null
     * value means "clear". The required ones among {@code asked} must be present.
     */
    public Map<String, String> normalizeCustomValues(Map<String, String> values, Collection<CustomFieldDefinition> asked,
                                                     Problems problems) {
        var definitions = new LinkedHashMap<String, CustomFieldDefinition>();
        if (!values.isEmpty()) {
            customFields().forEach(d -> definitions.put(d.key(), d));
        }
        var normalized = new LinkedHashMap<String, String>();
        values.forEach((key, raw) -> {
            var definition = definitions.get(key);
            if (definition == null) {
                problems.add("customFields." + key, "There is no custom field '" + key + "'; known fields: " + definitions.keySet() + ".");
            } else if (raw == null || raw.isBlank()) {
                if (definition.required()) {
                    problems.add("customFields." + key, definition.label() + " is required.");
                } else {
                    normalized.put(key, null);
                }
            } else {
                try {
                    normalized.put(key, definition.normalize(raw));
                } catch (IllegalArgumentException e) {
                    problems.add("customFields." + key, definition.label() + " " + e.getMessage() + ".");
                }
            }
        });
        asked.stream()
                .filter(d -> d.required() && !values.containsKey(d.key()))
                .forEach(d -> problems.add("customFields." + d.key(), d.label() + " is required."));
        return normalized;
    }
}
