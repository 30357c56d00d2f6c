package org.bilet.kb.article;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.bilet.translations.Translations;
import org.bilet.translations.TranslationsJson;
import org.bilet.platform.ConflictException;

/** A node of the knowledge base's category tree: a name, a place among its siblings, a parent or none (a root). */
@Entity
@Table(name = "kb_category")
@NamedQuery(name = ArticleCategory.ALL, query = "select c from ArticleCategory c order by c.position, c.name, c.id")
@NamedQuery(name = ArticleCategory.ROOT_NAMED, query = "select c from ArticleCategory c where c.parent is null and c.name = :name")
public class ArticleCategory {

    public static final String ALL = "ArticleCategory.all";
    public static final String ROOT_NAMED = "ArticleCategory.rootNamed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ArticleCategory parent;

    private String name;
    private int position;

    @Convert(converter = TranslationsJson.class)
    private Translations nameTranslations = Translations.none();

    @Version
    private long version;

    protected ArticleCategory() {
    }

    public ArticleCategory(String name, ArticleCategory parent, int position) {
        rename(name);
        moveTo(parent, position);
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    /** The name in other languages; readers of a language without one see the name. */
    public void translate(Translations translations) {
        this.nameTranslations = Objects.requireNonNull(translations);
    }

    public Translations nameTranslations() {
        return nameTranslations == null ? Translations.none() : nameTranslations;
    }

    /** The name a reader of the language sees: its translation, or the name as entered. */
    public String name(String language) {
        return nameTranslations().in(language, name);
    }

    /** Under another parent (null: a root) at a position; never under itself or one of its own descendants. */
    public void moveTo(ArticleCategory newParent, int newPosition) {
        for (var ancestor = newParent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this) {
                throw new ConflictException("The category " + name + " cannot go under itself or one of its own subcategories.");
            }
        }
        this.parent = newParent;
        this.position = newPosition;
    }

    public Long id() {
        return id;
    }

    public ArticleCategory parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }
}
