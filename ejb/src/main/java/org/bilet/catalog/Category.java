package org.bilet.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bilet.people.Team;
import org.bilet.platform.InvalidInputException;
import org.bilet.translations.Translations;
import org.bilet.translations.TranslationsJson;

/** A node of the category tree; new tickets of a category go to its default team. */
@Entity
@Cacheable
@NamedQuery(name = Category.ALL, query = "select c from Category c left join fetch c.parent order by c.key")
public class Category {

    public static final String ALL = "Category.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "category_key")
    private String key;

    private String name;

    @Convert(converter = TranslationsJson.class)
    private Translations nameTranslations = Translations.none();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "default_team_id")
    private Team defaultTeam;

    /** The custom fields a ticket of this category asks for, besides those its ancestors ask for. */
    @ManyToMany
    @JoinTable(name = "category_custom_field",
            joinColumns = @JoinColumn(name = "category_id"),
            inverseJoinColumns = @JoinColumn(name = "custom_field_id"))
    private Set<CustomFieldDefinition> fields = new LinkedHashSet<>();

    protected Category() {
    }

    public Category(String key, String name, Category parent, Team defaultTeam) {
        this.key = Objects.requireNonNull(key);
        this.name = Objects.requireNonNull(name);
        this.parent = parent;
        this.defaultTeam = defaultTeam;
    }

    /**
     * The team of this category or, failing that, of the nearest ancestor that has one. Goes
     * through accessors: ancestors may be lazy proxies, whose fields are empty.
     */
    public Team routedTeam() {
        for (var c = this; c != null; c = c.parent()) {
            if (c.defaultTeam() != null) {
                return c.defaultTeam();
            }
        }
        return null;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** The name in other languages; readers of a language without one see the name. */
    public void translate(Translations translations) {
        this.nameTranslations = Objects.requireNonNull(translations);
    }

    /**
     * Moves the category, with its subcategories, under another one (null: to the top). A category
     * cannot move under itself or its own descendant: the tree would become a loop.
     */
    public void moveUnder(Category newParent) {
        for (var c = newParent; c != null; c = c.parent()) {
            if (c.key().equals(key)) {
                throw InvalidInputException.of("parent", "'" + name + "' cannot move under itself or one of its own subcategories.");
            }
        }
        this.parent = newParent;
    }

    /** The team new tickets of this category go to; null: the nearest ancestor's. */
    public void routeTo(Team team) {
        this.defaultTeam = team;
    }

    /** Asks for exactly these fields from now on (besides those the ancestors ask for). */
    public void askOnlyFor(Collection<CustomFieldDefinition> newFields) {
        fields.retainAll(newFields);
        fields.addAll(newFields);
    }

    public void askFor(CustomFieldDefinition field) {
        fields.add(Objects.requireNonNull(field));
    }

    public void stopAskingFor(CustomFieldDefinition field) {
        fields.remove(field);
    }

    /** The fields this category asks for itself. */
    public Set<CustomFieldDefinition> fields() {
        return fields;
    }

    /** The active fields a ticket of this category asks for: its own and its ancestors', root first. */
    public List<CustomFieldDefinition> askedFields() {
        var lineage = new ArrayList<Category>();
        for (var c = this; c != null; c = c.parent()) {
            lineage.add(0, c);
        }
        var asked = new LinkedHashSet<CustomFieldDefinition>();
        lineage.forEach(c -> asked.addAll(c.fields()));
        return asked.stream().filter(CustomFieldDefinition::active).toList();
    }

    public Team defaultTeam() {
        return defaultTeam;
    }

    /** "Hardware / Laptop": the names from the root down. */
    public String path() {
        return parent == null ? name : parent.path() + " / " + name;
    }

    /** The path a reader of the language sees, each name translated where it can be. */
    public String path(String language) {
        var own = nameTranslations().in(language, name());
        return parent() == null ? own : parent().path(language) + " / " + own;
    }

    public Translations nameTranslations() {
        return nameTranslations == null ? Translations.none() : nameTranslations;
    }

    /** The name a reader of the language sees: its translation, or the name as entered. */
    public String name(String language) {
        return nameTranslations().in(language, name());
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Category parent() {
        return parent;
    }
}
