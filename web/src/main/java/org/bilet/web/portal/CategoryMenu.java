package org.bilet.web.portal;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.catalog.Catalog.CategoryInfo;

/**
 * The category tree as the portal shows it: a path to read ("Hardware / Laptop"), and for choosing,
 * one group per top-level category holding it and everything under it, by path.
 */
final class CategoryMenu implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> paths = new LinkedHashMap<>();
    private final Map<String, List<String>> keysByRoot = new LinkedHashMap<>();

    private CategoryMenu(List<CategoryInfo> categories) {
        var byKey = new LinkedHashMap<String, CategoryInfo>();
        categories.forEach(c -> byKey.put(c.key(), c));
        categories.stream()
                .sorted(Comparator.comparing(CategoryInfo::path, String.CASE_INSENSITIVE_ORDER))
                .forEach(c -> {
                    paths.put(c.key(), c.path());
                    keysByRoot.computeIfAbsent(rootOf(c, byKey), root -> new ArrayList<>()).add(c.key());
                });
    }

    static CategoryMenu of(List<CategoryInfo> categories) {
        return new CategoryMenu(categories);
    }

    /** The path of a category, or the key itself for one that no longer exists. */
    String path(String key) {
        return key == null ? null : paths.getOrDefault(key, key);
    }

    /** Groups named after the top-level categories; the top-level category is the first choice of its group. */
    List<SelectItem> choices() {
        var groups = new ArrayList<SelectItem>();
        keysByRoot.forEach((root, keys) -> groups.add(new SelectItemGroup(paths.get(root), null, false,
                keys.stream().map(key -> new SelectItem(key, paths.get(key))).toArray(SelectItem[]::new))));
        return groups;
    }

    private static String rootOf(CategoryInfo category, Map<String, CategoryInfo> byKey) {
        var current = category;
        // Bounded: a broken parent link must not loop forever.
        for (int depth = 0; current.parent() != null && byKey.containsKey(current.parent()) && depth < 32; depth++) {
            current = byKey.get(current.parent());
        }
        return current.key();
    }
}
