package org.bilet.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bilet.catalog.CustomFieldType;

/**
 * A custom field as administrators define it; the key is fixed once created (values are stored under
 * it). {@code translations} names the label in other languages, {@code choiceTranslations} each
 * choice (the value stored stays the choice); null when changing: leave them as they are. {@code help}
 * tells requesters what to enter (shown under the label), {@code helpTranslations} in other languages.
 */
public record FieldDefinition(
        @NotBlank(message = "Enter a key.")
        @Size(max = 60, message = "A key has {max} characters at most.")
        @Pattern(regexp = TeamRoster.KEY, message = "A key has lower-case letters and digits, joined by '-' or '.', like asset-tag.")
        String key,
        @NotBlank(message = "Enter a label.")
        @Size(max = 200, message = "A label has {max} characters at most.")
        String label,
        @NotNull(message = "Choose a type.")
        CustomFieldType type,
        @NotNull List<String> choices,
        boolean required,
        boolean active,
        Map<String, String> translations,
        Map<String, Map<String, String>> choiceTranslations,
        @Size(max = 500, message = "A help text has {max} characters at most.")
        String help,
        Map<String, String> helpTranslations) implements Serializable {

    /** Without a word about translations: a new field has none, a change keeps them. */
    public FieldDefinition(String key, String label, CustomFieldType type, List<String> choices, boolean required, boolean active) {
        this(key, label, type, choices, required, active, null, null, null, null);
    }
}
