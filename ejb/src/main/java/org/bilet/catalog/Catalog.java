package org.bilet.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.bilet.people.Roles;

/** Reads the classification scheme, for forms and for API clients. */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class Catalog {

    public record PriorityInfo(String code, String name, int rank, long resolutionHours, boolean isDefault) {
    }

    public record CategoryInfo(String key, String name, String path, String parent) {
    }

    public record CustomFieldInfo(String key, String label, CustomFieldType type, List<String> choices, boolean required) {
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

    private static CustomFieldInfo info(CustomFieldDefinition f) {
        return new CustomFieldInfo(f.key(), f.label(), f.type(), f.choices(), f.required());
    }
}
