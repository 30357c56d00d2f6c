package org.bilet.web.portal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bilet.catalog.Catalog.CustomFieldInfo;
import org.bilet.catalog.CatalogNames;
import org.bilet.catalog.CustomFieldType;

/**
 * What the form holds for one custom field a category asks for: a typed value, so that the page can
 * offer the right input (a number field, a date picker, a list) and convert in the reader's locale.
 */
public class FieldInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String label;
    private final String help;
    private final CustomFieldType type;
    private final List<String> choices;
    private final Map<String, String> choiceLabels;
    private final boolean required;

    private String text;
    private BigDecimal number;
    private LocalDate date;

    /** The field as its reader sees it: label and choices in their language (the values stay the choices). */
    FieldInput(CustomFieldInfo field, CatalogNames names) {
        this.key = field.key();
        this.label = names.field(field.key());
        this.help = names.help(field.key());
        this.type = field.type();
        this.choices = List.copyOf(field.choices());
        this.choiceLabels = field.choices().stream().collect(Collectors.toMap(c -> c, c -> names.choice(field.key(), c), (a, b) -> a));
        this.required = field.required();
    }

    /** The value in the form the ticket service reads: plain decimal, ISO date, text or choice; null if empty. */
    String value() {
        return switch (type) {
            case NUMBER -> number == null ? null : number.toPlainString();
            case DATE -> date == null ? null : date.toString();
            case TEXT, CHOICE -> text == null || text.isBlank() ? null : text.strip();
        };
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    /** What to enter, in the reader's language; null for none. */
    public String getHelp() {
        return help;
    }

    public String getType() {
        return type.name();
    }

    public List<String> getChoices() {
        return choices;
    }

    /** How a choice reads in the reader's language. */
    public String choiceLabel(String choice) {
        return choiceLabels.getOrDefault(choice, choice);
    }

    public boolean isRequired() {
        return required;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public BigDecimal getNumber() {
        return number;
    }

    public void setNumber(BigDecimal number) {
        this.number = number;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
