package org.bilet.web.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bilet.catalog.Catalog;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;

/**
 * Priorities, categories and teams by name in lists whose rows carry their keys (the queue, the
 * ticket's head): each small catalog is read once per request, whatever the number of rows. A key
 * without a name shows as it is.
 */
@Named("catalogNames")
@RequestScoped
public class CatalogNames {

    @Inject
    Catalog catalog;

    @Inject
    Directory directory;

    private Map<String, String> priorities;
    private Map<String, String> categories;
    private Map<String, String> teams;

    public String priority(String code) {
        if (priorities == null) {
            priorities = byKey(catalog.priorities(), Catalog.PriorityInfo::code, Catalog.PriorityInfo::name);
        }
        return named(priorities, code);
    }

    /** "Hardware / Printers". */
    public String category(String key) {
        if (categories == null) {
            categories = byKey(catalog.categories(), Catalog.CategoryInfo::key, Catalog.CategoryInfo::path);
        }
        return named(categories, key);
    }

    public String team(String key) {
        if (teams == null) {
            teams = byKey(directory.teams(), TeamInfo::key, TeamInfo::name);
        }
        return named(teams, key);
    }

    private static String named(Map<String, String> names, String key) {
        return key == null ? null : names.getOrDefault(key, key);
    }

    private static <T> Map<String, String> byKey(List<T> items, Function<T, String> key, Function<T, String> name) {
        return items.stream().filter(item -> name.apply(item) != null)
                .collect(Collectors.toMap(key, name, (first, second) -> first));
    }
}
