package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
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
        });
    }

    public void save() {
        var lines = choices == null ? List.<String>of() : Arrays.asList(choices.split("\\R"));
        var definition = new FieldDefinition(key, label, type, lines, required, active);
        var saved = AdminPage.attempt("field", () -> editing == null ? customFields.create(definition) : customFields.change(definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "fields.created" : "fields.saved", saved.label());
            load();
            edit(saved.key());
        }
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
