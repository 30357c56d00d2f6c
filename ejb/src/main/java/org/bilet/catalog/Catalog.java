package org.bilet.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.people.Roles;
import org.hibernate.jpa.HibernateHints;

/** Reads the classification scheme, for forms and for API clients. */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Catalog {

    public record PriorityInfo(String code, String name, int rank, long resolutionHours, boolean isDefault) implements Serializable {
    }

    public record CategoryInfo(String key, String name, String path, String parent) implements Serializable {
    }

    public record CustomFieldInfo(String key, String label, CustomFieldType type, List<String> choices, boolean required) implements Serializable {
    }

    @Inject
    EntityManager em;

    @Inject
    CatalogLookup lookup;

    public List<PriorityInfo> priorities() {
        return em.createNamedQuery(Priority.ALL, Priority.class).getResultStream()
                .map(p -> new PriorityInfo(p.code(), p.name(), p.rank(), p.resolutionTarget().toHours(), p.isDefault()))
                .toList();
    }

    public List<CategoryInfo> categories() {
        return em.createNamedQuery(Category.ALL, Category.class).getResultStream()
                .map(c -> new CategoryInfo(c.key(), c.name(), c.path(), c.parent() == null ? null : c.parent().key()))
                .toList();
    }

    public List<CustomFieldInfo> customFields() {
        return lookup.customFields().stream().map(Catalog::info).toList();
    }

    /** The fields a new ticket of the category asks for, its ancestors' first; none without a category. */
    public List<CustomFieldInfo> customFieldsFor(String categoryKey) {
        return categoryKey == null ? List.of()
                : lookup.category(categoryKey).map(c -> c.askedFields().stream().map(Catalog::info).toList()).orElse(List.of());
    }

    /**
     * Every name of the scheme in the reader's language (a tag such as "pl"), for screens: cached
     * queries and the translations each row carries, so a page of tickets costs these reads once.
     */
    public CatalogNames namesIn(String language) {
        var priorities = new HashMap<String, String>();
        cached(Priority.ALL, Priority.class).forEach(p -> priorities.put(p.code(), p.name(language)));
        var categories = new HashMap<String, String>();
        var paths = new HashMap<String, String>();
        cached(Category.ALL, Category.class).forEach(c -> {
            categories.put(c.key(), c.name(language));
            paths.put(c.key(), c.path(language));
        });
        var fields = new HashMap<String, String>();
        var choices = new HashMap<String, Map<String, String>>();
        var helps = new HashMap<String, String>();
        // Inactive fields too: tickets keep their values, and screens still show them.
        cached(CustomFieldDefinition.EVERY, CustomFieldDefinition.class).forEach(f -> {
            fields.put(f.key(), f.label(language));
            if (f.help() != null) {
                helps.put(f.key(), f.help(language));
            }
            if (!f.choiceTranslations().isEmpty()) {
                var shown = new HashMap<String, String>();
                f.choices().forEach(choice -> shown.put(choice, f.choice(choice, language)));
                choices.put(f.key(), Map.copyOf(shown));
            }
        });
        return new CatalogNames(language, Map.copyOf(priorities), Map.copyOf(categories), Map.copyOf(paths),
                Map.copyOf(fields), Map.copyOf(choices), Map.copyOf(helps));
    }

    /** {@link #categories()} named in the reader's language, for menus. */
    public List<CategoryInfo> categoriesIn(String language) {
        return cached(Category.ALL, Category.class).stream()
                .map(c -> new CategoryInfo(c.key(), c.name(language), c.path(language), c.parent() == null ? null : c.parent().key()))
                .toList();
    }

    private <T> List<T> cached(String query, Class<T> type) {
        return em.createNamedQuery(query, type).setHint(HibernateHints.HINT_CACHEABLE, true).getResultList();
    }

    private static CustomFieldInfo info(CustomFieldDefinition f) {
        return new CustomFieldInfo(f.key(), f.label(), f.type(), f.choices(), f.required());
    }
}
