package org.bilet.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.bilet.catalog.CustomFieldType;

/** A custom field as administrators define it; the key is fixed once created (values are stored under it). */
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
        boolean active) {
}
