package org.bilet.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What an administrator says about a category: its key (fixed once created), name, parent
 * category and team (keys, or null), and the custom fields it asks for (keys).
 */
public record CategoryDefinition(
        @NotBlank(message = "Enter a key.")
        @Size(max = 100, message = "A key has {max} characters at most.")
        @Pattern(regexp = TeamRoster.KEY, message = "A key has lower-case letters and digits, joined by '-' or '.', like hardware.laptop.")
        String key,
        @NotBlank(message = "Enter a name.")
        @Size(max = 200, message = "A name has {max} characters at most.")
        String name,
        String parent,
        String team,
        @NotNull Set<String> fields) {
}
