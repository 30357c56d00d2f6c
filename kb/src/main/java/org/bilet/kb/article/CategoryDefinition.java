package org.bilet.kb.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A category as editors send it: a name, the parent's id (none: a root) and a position among its siblings. */
public record CategoryDefinition(
        @NotBlank(message = "Name the category in 1 to 100 characters.")
        @Size(max = 100, message = "Name the category in 1 to 100 characters.") String name,
        Long parent,
        Integer position) {
}
