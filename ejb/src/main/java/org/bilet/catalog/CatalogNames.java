package org.bilet.catalog;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * The classification's names as a reader of one language sees them, for screens that hold codes and
 * keys (tickets carry a priority's code, a category's key, a field's key and a choice's value): each
 * translated where there is a translation, the name as entered otherwise; a key only for what no
 * longer exists. Read once per page, never per row.
 */
public record CatalogNames(String language,
                           Map<String, String> priorities,
                           Map<String, String> categories,
                           Map<String, String> categoryPaths,
                           Map<String, String> fields,
                           Map<String, Map<String, String>> choices,
                           Map<String, String> helps) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public String priority(String code) {
        return code == null ? null : priorities.getOrDefault(code, code);
    }

    public String category(String key) {
        return key == null ? null : categories.getOrDefault(key, key);
    }

    /** "Sprzęt / Laptop": the names from the root down. */
    public String categoryPath(String key) {
        return key == null ? null : categoryPaths.getOrDefault(key, key);
    }

    public String field(String key) {
        return key == null ? null : fields.getOrDefault(key, key);
    }

    /** A custom field's help text in the reader's language; null for none. */
    public String help(String key) {
        return key == null ? null : helps.get(key);
    }

    /** A choice field's value as the reader sees it; any other value as it is. */
    public String choice(String fieldKey, String value) {
        return value == null ? null : choices.getOrDefault(fieldKey, Map.of()).getOrDefault(value, value);
    }
}
