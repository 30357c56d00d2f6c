package org.bilet.kb.article;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A category with its subcategories, in order, and its name in other languages (language to name). */
public record CategoryNode(long id, String name, int position, Long parent, List<CategoryNode> children,
                           Map<String, String> translations) implements Serializable {

    public CategoryNode(long id, String name, int position, Long parent, List<CategoryNode> children) {
        this(id, name, position, parent, children, Map.of());
    }

    /** The name a reader of the language sees: its translation, or the name as entered. */
    public String name(String language) {
        return language == null ? name : translations.getOrDefault(language, name);
    }
}
