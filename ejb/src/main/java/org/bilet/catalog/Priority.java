package org.bilet.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.Objects;
import org.bilet.translations.Translations;
import org.bilet.translations.TranslationsJson;

/** One step of the admin-defined priority scale; a higher rank is more urgent. */
@Entity
@Cacheable
@NamedQuery(name = Priority.ALL, query = "select p from Priority p order by p.rank")
@NamedQuery(name = Priority.DEFAULT, query = "select p from Priority p where p.isDefault = true")
public class Priority {

    public static final String ALL = "Priority.all";
    public static final String DEFAULT = "Priority.default";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String code;
    private String name;

    @Convert(converter = TranslationsJson.class)
    private Translations nameTranslations = Translations.none();

    @Column(name = "rank_order")
    private int rank;

    private int resolutionHours;
    private boolean isDefault;

    protected Priority() {
    }

    public Priority(String code, String name, int rank, Duration resolutionTarget, boolean isDefault) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.rank = rank;
        this.resolutionHours = Math.toIntExact(resolutionTarget.toHours());
        this.isDefault = isDefault;
    }

    /** Changes what the priority is called, where it ranks and how soon its tickets are due. */
    public void redefine(String newName, int newRank, Duration newResolutionTarget) {
        this.name = Objects.requireNonNull(newName);
        this.rank = newRank;
        this.resolutionHours = Math.toIntExact(newResolutionTarget.toHours());
    }

    /** The name in other languages; readers of a language without one see the name. */
    public void translate(Translations translations) {
        this.nameTranslations = Objects.requireNonNull(translations);
    }

    /** New tickets without a priority get the default one; there is exactly one. */
    public void makeDefault() {
        this.isDefault = true;
    }

    public void stopBeingDefault() {
        this.isDefault = false;
    }

    public Duration resolutionTarget() {
        return Duration.ofHours(resolutionHours);
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Translations nameTranslations() {
        return nameTranslations == null ? Translations.none() : nameTranslations;
    }

    /** The name a reader of the language sees: its translation, or the name as entered. */
    public String name(String language) {
        return nameTranslations().in(language, name);
    }

    public int rank() {
        return rank;
    }

    public boolean isDefault() {
        return isDefault;
    }
}
