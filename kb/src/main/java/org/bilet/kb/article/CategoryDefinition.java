package org.bilet.kb.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A category as editors send it: a name, the parent's id (none: a root), a position among its
 * siblings, and the name in other languages (language to name; null when changing: as they are).
 */
public record CategoryDefinition(
        @NotBlank(message = "Name the category in 1 to 100 characters.")
        @Size(max = 100, message = "Name the category in 1 to 100 characters.") String name,
        Long parent,
        Integer position,
        Map<String, String> translations) {

    /** Without a word about translations: a new category has none, a change keeps them. */
    public CategoryDefinition(String name, Long parent, Integer position) {
        this(name, parent, position, null);
    }
}
