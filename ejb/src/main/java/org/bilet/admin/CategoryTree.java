package org.bilet.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Category;
import org.bilet.catalog.CustomFieldDefinition;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.platform.ConflictException;
import org.bilet.platform.Counted;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;
import org.bilet.translations.Translations;

/**
 * The category tree: categories created under a parent, renamed, moved, routed to a team, and
 * told which custom fields to ask for. A category with tickets or subcategories is not deleted.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class CategoryTree {

    /** As long as the name itself may be. */
    static final int MAX_NAME = 200;

    @Inject
    EntityManager em;

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    @Inject
    AuditTrail audit;

    /** The whole tree, depth first, siblings by name. */
    public List<CategoryNode> all() {
        var categories = em.createQuery("select c from Category c left join fetch c.parent left join fetch c.defaultTeam",
                Category.class).getResultList();
        Map<String, List<Category>> children = categories.stream().collect(Collectors.groupingBy(
                c -> c.parent() == null ? "" : c.parent().key(),
                Collectors.collectingAndThen(Collectors.toList(), list -> {
                    list.sort(Comparator.comparing(Category::name, String.CASE_INSENSITIVE_ORDER));
                    return list;
                })));
        var nodes = new ArrayList<CategoryNode>();
        addSubtree("", 0, children, nodes);
        return nodes;
    }

    /** One category with the version the API sends as the ETag. */
    public Versioned<CategoryNode> read(@NotNull String key) {
        var category = category(key);
        return new Versioned<>(node(category, depth(category)), category.version());
    }

    public CategoryNode create(@NotNull @Valid CategoryDefinition definition) {
        if (catalog.category(definition.key()).isPresent()) {
            throw DuplicateException.of("key", "There is already a category with the key '" + definition.key() + "'.");
        }
        var problems = new Problems();
        var parent = problems.find("parent", "category", definition.parent(), catalog::category);
        var team = problems.find("team", "team", definition.team(), people::team);
        var fields = fields(definition.fields(), problems);
        var translations = Translations.check("translations", definition.translations(), MAX_NAME, problems);
        problems.throwIfAny();

        var category = new Category(definition.key(), definition.name().strip(), parent, team);
        category.askOnlyFor(fields);
        category.translate(translations);
        em.persist(category);
        var summary = ChangeSummary.of()
                .value("path", category.path()).value("team", key(team)).value("fields", definition.fields());
        audit.record(AuditKind.CATEGORY_CREATED, category.key(), translations.isEmpty() ? summary : summary.value("translations", translations));
        return node(category, 0);
    }

    /** Renames, moves, reroutes and sets the fields of the category named by the definition's key. */
    public CategoryNode change(@NotNull @Valid CategoryDefinition definition) {
        var category = category(definition.key());
        change(category, definition);
        return node(category, 0);
    }

    /** {@link #change(CategoryDefinition)} if the category is still at the version the caller read. */
    public Versioned<CategoryNode> change(@NotNull @Valid CategoryDefinition definition, long expectedVersion) {
        var category = category(definition.key());
        var what = "Category " + definition.key();
        Versioned.check(what, category.version(), expectedVersion);
        change(category, definition);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(node(category, depth(category)), category.version());
    }

    private void change(Category category, CategoryDefinition definition) {
        var problems = new Problems();
        var parent = problems.find("parent", "category", definition.parent(), catalog::category);
        var team = problems.find("team", "team", definition.team(), people::team);
        var fields = fields(definition.fields(), problems);
        var translations = definition.translations() == null ? category.nameTranslations()
                : Translations.check("translations", definition.translations(), MAX_NAME, problems);
        problems.throwIfAny();

        var summary = ChangeSummary.of()
                .change("name", category.name(), definition.name().strip())
                .change("parent", key(category.parent()), definition.parent())
                .change("team", key(category.defaultTeam()), definition.team())
                .change("fields", keys(category.fields()), definition.fields())
                .change("translations", category.nameTranslations(), translations);
        if (!summary.isEmpty()) {
            category.translate(translations);
            category.moveUnder(parent);
            category.rename(definition.name().strip());
            category.routeTo(team);
            category.askOnlyFor(fields);
            audit.record(AuditKind.CATEGORY_CHANGED, category.key(), summary);
        }
    }

    /** Deletes the category if it is still at the version the caller read and neither tickets nor subcategories use it. */
    public void delete(@NotNull String key, long expectedVersion) {
        var category = category(key);
        Versioned.check("Category " + key, category.version(), expectedVersion);
        delete(category);
    }

    public void delete(@NotNull String key) {
        delete(category(key));
    }

    private void delete(Category category) {
        var key = category.key();
        long tickets = em.createQuery("select count(t) from Ticket t where t.category = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        long subcategories = em.createQuery("select count(c) from Category c where c.parent = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (tickets + subcategories > 0) {
            throw new ConflictException("'" + category.path() + "' is still in use (" + Counted.of(tickets, "ticket", "tickets") + ", "
                    + Counted.of(subcategories, "subcategory", "subcategories") + ") and cannot be deleted.");
        }
        category.askOnlyFor(List.of());
        em.remove(category);
        audit.record(AuditKind.CATEGORY_DELETED, key, ChangeSummary.of().value("path", category.path()).note("deleted"));
    }

    private void addSubtree(String parentKey, int depth, Map<String, List<Category>> children, List<CategoryNode> nodes) {
        for (var category : children.getOrDefault(parentKey, List.of())) {
            nodes.add(node(category, depth));
            addSubtree(category.key(), depth + 1, children, nodes);
        }
    }

    private static int depth(Category category) {
        int depth = 0;
        for (var c = category.parent(); c != null; c = c.parent()) {
            depth++;
        }
        return depth;
    }

    private static CategoryNode node(Category c, int depth) {
        return new CategoryNode(c.key(), c.name(), key(c.parent()), c.path(), depth, key(c.defaultTeam()), key(c.routedTeam()),
                keys(c.fields()), keys(c.askedFields()), c.nameTranslations().asMap());
    }

    private List<CustomFieldDefinition> fields(Set<String> keys, Problems problems) {
        // Inactive fields too: a category may keep asking for a field that is switched off for now.
        var known = em.createQuery("select f from CustomFieldDefinition f", CustomFieldDefinition.class).getResultStream()
                .collect(Collectors.toMap(CustomFieldDefinition::key, f -> f));
        var fields = new ArrayList<CustomFieldDefinition>();
        for (var key : new LinkedHashSet<>(keys)) {
            var field = known.get(key);
            if (field == null) {
                problems.add("fields", "There is no custom field '" + key + "'.");
            } else {
                fields.add(field);
            }
        }
        return fields;
    }

    private Category category(String key) {
        return catalog.category(key).orElseThrow(() -> new ResourceNotFoundException("There is no category '" + key + "'."));
    }

    private static String key(Category c) {
        return c == null ? null : c.key();
    }

    private static String key(Team t) {
        return t == null ? null : t.key();
    }

    private static List<String> keys(Collection<CustomFieldDefinition> fields) {
        return fields.stream().map(CustomFieldDefinition::key).sorted().toList();
    }
}
