package org.bilet.kb.article;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.translations.Translations;

/** The category tree: anyone reads it; editors and administrators shape it. */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ArticleCategories {

    static final int MAX_NAME = 100;

    @Inject
    EntityManager em;

    /** Every category, roots first, each with its subcategories by position and name. */
    @PermitAll
    public List<CategoryNode> tree() {
        var all = em.createNamedQuery(ArticleCategory.ALL, ArticleCategory.class).getResultList();
        var children = new HashMap<Long, List<ArticleCategory>>();
        for (var category : all) {
            children.computeIfAbsent(category.parent() == null ? null : category.parent().id(), k -> new ArrayList<>()).add(category);
        }
        return nodes(null, children);
    }

    public CategoryNode create(@NotNull(message = "Send the category: name, and parent and position if you like.") @Valid CategoryDefinition definition) {
        var checked = check(definition);
        var category = new ArticleCategory(checked.name(), checked.parent(), checked.position());
        category.translate(checked.translations());
        em.persist(category);
        return node(category);
    }

    /** Renames or moves a category; what is not given stays. */
    public CategoryNode change(long id, CategoryDefinition definition) {
        var category = existing(id);
        if (definition == null) {
            return node(category);
        }
        var problems = new Problems();
        if (definition.name() != null) {
            problems.capture(() -> name(definition.name()));
        }
        var parent = definition.parent() == null ? category.parent() : problems.capture(() -> parent(definition.parent()));
        var translations = definition.translations() == null ? category.nameTranslations()
                : Translations.check("translations", definition.translations(), MAX_NAME, problems);
        problems.throwIfAny();
        if (definition.name() != null) {
            category.rename(name(definition.name()));
        }
        category.translate(translations);
        category.moveTo(parent, definition.position() == null ? category.position() : definition.position());
        em.flush();
        return node(category);
    }

    /** Only an empty category goes: no articles, no subcategories. */
    public void delete(long id) {
        var category = existing(id);
        long articles = em.createQuery("select count(a) from Article a where a.category = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        long subcategories = em.createQuery("select count(c) from ArticleCategory c where c.parent = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (articles > 0 || subcategories > 0) {
            throw new ConflictException("The category " + category.name() + " still holds " + articles + " articles and "
                    + subcategories + " subcategories; move them first.");
        }
        em.remove(category);
    }

    private record Checked(String name, ArticleCategory parent, int position, Translations translations) {
    }

    private Checked check(CategoryDefinition d) {
        if (d == null) {
            throw InvalidInputException.of("name", "Send the category: name, and parent and position if you like.");
        }
        var problems = new Problems();
        var name = problems.capture(() -> name(d.name()));
        var parent = d.parent() == null ? null : problems.capture(() -> parent(d.parent()));
        var translations = Translations.check("translations", d.translations(), MAX_NAME, problems);
        problems.throwIfAny();
        return new Checked(name, parent, d.position() == null ? 0 : d.position(), translations);
    }

    private static String name(String name) {
        var stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw InvalidInputException.of("name", "Name the category in 1 to " + MAX_NAME + " characters.");
        }
        return stripped;
    }

    private ArticleCategory parent(long id) {
        var parent = em.find(ArticleCategory.class, id);
        if (parent == null) {
            throw InvalidInputException.of("parent", "There is no knowledge-base category " + id + ".");
        }
        return parent;
    }

    private ArticleCategory existing(long id) {
        var category = em.find(ArticleCategory.class, id);
        if (category == null) {
            throw new ResourceNotFoundException("There is no knowledge-base category " + id + ".");
        }
        return category;
    }

    private static List<CategoryNode> nodes(Long parent, Map<Long, List<ArticleCategory>> children) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(c -> new CategoryNode(c.id(), c.name(), c.position(), parent, nodes(c.id(), children),
                        c.nameTranslations().asMap())).toList();
    }

    private static CategoryNode node(ArticleCategory c) {
        return new CategoryNode(c.id(), c.name(), c.position(), c.parent() == null ? null : c.parent().id(), List.of(),
                c.nameTranslations().asMap());
    }
}
