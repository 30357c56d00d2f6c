package org.bilet.catalog;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.bilet.translations.ChoiceTranslations;
import org.bilet.translations.ChoiceTranslationsJson;
import org.bilet.translations.Translations;
import org.bilet.translations.TranslationsJson;

/** An admin-defined ticket field with a type; values are checked and normalized against it. */
@Entity
@Cacheable
@Table(name = "custom_field")
@NamedQuery(name = CustomFieldDefinition.ACTIVE,
        query = "select f from CustomFieldDefinition f where f.active = true order by f.key")
@NamedQuery(name = CustomFieldDefinition.EVERY, query = "select f from CustomFieldDefinition f order by f.key")
public class CustomFieldDefinition {

    public static final String ACTIVE = "CustomFieldDefinition.active";
    public static final String EVERY = "CustomFieldDefinition.every";

    private static final String CHOICE_SEPARATOR = "|";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "field_key")
    private String key;

    private String label;

    @Convert(converter = TranslationsJson.class)
    private Translations labelTranslations = Translations.none();

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type")
    private CustomFieldType type;

    /** For CHOICE fields: the allowed values separated by '|'. */
    private String choices;

    @Convert(converter = ChoiceTranslationsJson.class)
    private ChoiceTranslations choiceTranslations = ChoiceTranslations.none();

    /** What to enter and why, under the label; null for none. */
    private String help;

    @Convert(converter = TranslationsJson.class)
    private Translations helpTranslations = Translations.none();

    private boolean required;
    private boolean active = true;

    protected CustomFieldDefinition() {
    }

    public CustomFieldDefinition(String key, String label, CustomFieldType type, List<String> choices, boolean required) {
        this.key = Objects.requireNonNull(key);
        redefine(label, type, choices, required);
    }

    /**
     * Changes label, type, choices and whether the field is required. Choices belong to CHOICE
     * fields only; other types keep none.
     */
    public void redefine(String newLabel, CustomFieldType newType, List<String> newChoices, boolean isRequired) {
        Objects.requireNonNull(newType);
        if (newType == CustomFieldType.CHOICE && newChoices.isEmpty()) {
            throw new IllegalArgumentException("a choice field needs choices");
        }
        if (newChoices.stream().anyMatch(c -> c.isBlank() || c.contains(CHOICE_SEPARATOR))) {
            throw new IllegalArgumentException("choices must not be blank nor contain '" + CHOICE_SEPARATOR + "'");
        }
        if (newChoices.stream().distinct().count() < newChoices.size()) {
            throw new IllegalArgumentException("each choice must appear once");
        }
        this.label = Objects.requireNonNull(newLabel);
        this.type = newType;
        this.choices = newType != CustomFieldType.CHOICE || newChoices.isEmpty() ? null : String.join(CHOICE_SEPARATOR, newChoices);
        this.required = isRequired;
        this.choiceTranslations = choiceTranslations().keepingOnly(choices());
    }

    /** The label and choices in other languages; choices the field does not have are kept out. */
    public void translate(Translations label, ChoiceTranslations choiceNames) {
        this.labelTranslations = Objects.requireNonNull(label);
        this.choiceTranslations = choiceNames.keepingOnly(choices());
    }

    /** An inactive field is no longer asked for nor accepted; values already stored stay. */
    /** The help text (blank: none) and its translations. */
    public void explain(String newHelp, Translations translations) {
        this.help = newHelp == null || newHelp.isBlank() ? null : newHelp.strip();
        this.helpTranslations = help == null ? Translations.none() : Objects.requireNonNull(translations);
    }

    public String help() {
        return help;
    }

    public Translations helpTranslations() {
        return helpTranslations == null ? Translations.none() : helpTranslations;
    }

    /** The help text in the reader's language, else as entered; null for none. */
    public String help(String language) {
        return help == null ? null : helpTranslations().in(language, help);
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** The canonical value, or an IllegalArgumentException whose message says what is wrong. */
    public String normalize(String raw) {
        return type.normalize(raw, choices());
    }

    public List<String> choices() {
        return choices == null ? List.of() : Arrays.asList(choices.split("\\|"));
    }

    /** Raised by every change; the administration API's ETag. */
    public long version() {
        return version;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Translations labelTranslations() {
        return labelTranslations == null ? Translations.none() : labelTranslations;
    }

    public ChoiceTranslations choiceTranslations() {
        return choiceTranslations == null ? ChoiceTranslations.none() : choiceTranslations;
    }

    /** The label a reader of the language sees: its translation, or the label as entered. */
    public String label(String language) {
        return labelTranslations().in(language, label);
    }

    /** A choice as a reader of the language sees it; the value stored stays the choice itself. */
    public String choice(String value, String language) {
        return choiceTranslations().in(value, language);
    }

    public CustomFieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    public boolean active() {
        return active;
    }
}
