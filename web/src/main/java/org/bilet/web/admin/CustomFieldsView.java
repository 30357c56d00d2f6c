package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.admin.CustomFields;
import org.bilet.admin.FieldDefinition;
import org.bilet.catalog.CustomFieldType;

/** /admin/fields: custom ticket fields; one form creates a field or edits the chosen one. */
@Named
@ViewScoped
public class CustomFieldsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomFields customFields;

    private List<FieldDefinition> fields;

    /** The field being edited; null while the form creates a new one. */
    private FieldDefinition editing;
    private String key;
    private String label;
    private CustomFieldType type;
    /** One choice per line. */
    private String choices;
    private boolean required;
    private boolean active;
    private final TranslationInputs translations = new TranslationInputs("translations");
    private String help;
    private final TranslationInputs helpTranslations = new TranslationInputs("helpTranslations");
    /** Each saved choice's translations, as typed: choice to language to text. */
    private final Map<String, Map<String, String>> choiceTexts = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        load();
        startNew();
    }

    private void load() {
        fields = customFields.all();
    }

    public void startNew() {
        editing = null;
        key = null;
        label = null;
        type = CustomFieldType.TEXT;
        choices = null;
        required = false;
        active = true;
        translations.load(Map.of());
        help = null;
        helpTranslations.load(Map.of());
        choiceTexts.clear();
    }

    public void edit(String fieldKey) {
        fields.stream().filter(f -> f.key().equals(fieldKey)).findFirst().ifPresent(f -> {
            editing = f;
            key = f.key();
            label = f.label();
            type = f.type();
            choices = String.join("\n", f.choices());
            required = f.required();
            active = f.active();
            translations.load(f.translations());
            help = f.help();
            helpTranslations.load(f.helpTranslations() == null ? Map.of() : f.helpTranslations());
            choiceTexts.clear();
            f.choices().forEach(choice -> choiceTexts.put(choice,
                    new HashMap<>(f.choiceTranslations() == null ? Map.of() : f.choiceTranslations().getOrDefault(choice, Map.of()))));
        });
    }

    public void save() {
        var lines = choices == null ? List.<String>of() : Arrays.asList(choices.split("\\R"));
        var definition = new FieldDefinition(key, label, type, lines, required, active, translations.sent(), choicesSent(lines),
                help, helpTranslations.sent());
        var saved = AdminPage.attempt("field", field -> field.startsWith("helpTranslations.")
                        ? helpTranslations.clientId("field", field) : translations.clientId("field", field),
                () -> editing == null ? customFields.create(definition) : customFields.change(definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "fields.created" : "fields.saved", saved.label());
            load();
            edit(saved.key());
        }
    }

    /** The translations of the choices still listed: a choice removed from the lines takes its own along. */
    private Map<String, Map<String, String>> choicesSent(List<String> lines) {
        var kept = lines.stream().map(String::strip).toList();
        var sent = new LinkedHashMap<String, Map<String, String>>();
        choiceTexts.forEach((choice, texts) -> {
            if (kept.contains(choice)) {
                sent.put(choice, texts);
            }
        });
        return sent;
    }

    /** The help text in the other languages, as typed. */
    public Map<String, String> getHelpTranslations() {
        return helpTranslations.texts();
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    /** The label in the other languages, as typed; bound to the translations editor. */
    public Map<String, String> getTranslations() {
        return translations.texts();
    }

    /** The saved choices, each translated in its own lines of the editor. */
    public List<String> getSavedChoices() {
        return List.copyOf(choiceTexts.keySet());
    }

    public Map<String, Map<String, String>> getChoiceTexts() {
        return choiceTexts;
    }

    public String choicesOf(FieldDefinition field) {
        return String.join(", ", field.choices());
    }

    public boolean isChoice() {
        return type == CustomFieldType.CHOICE;
    }

    public CustomFieldType[] getTypes() {
        return CustomFieldType.values();
    }

    public List<FieldDefinition> getFields() {
        return fields;
    }

    public FieldDefinition getEditing() {
        return editing;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public CustomFieldType getType() {
        return type;
    }

    public void setType(CustomFieldType type) {
        this.type = type;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
