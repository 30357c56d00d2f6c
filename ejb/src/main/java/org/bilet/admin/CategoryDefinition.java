package org.bilet.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/**
 * What an administrator says about a category: its key (fixed once created), name, parent
 * category and team (keys, or null), the custom fields it asks for (keys), and its name in other
 * languages than the default one ({@code translations}, language to name; null when changing: leave
 * them as they are, empty: none).
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
        @NotNull Set<String> fields,
        Map<String, String> translations) {

    /** Without a word about translations: a new category has none, a change keeps them. */
    public CategoryDefinition(String key, String name, String parent, String team, Set<String> fields) {
        this(key, name, parent, team, fields, null);
    }
}
