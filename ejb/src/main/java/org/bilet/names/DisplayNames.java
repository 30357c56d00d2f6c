package org.bilet.names;

import java.io.Serializable;
import java.util.Map;

/**
 * Names found for a page's keys; a key without a name (a team since deleted, say) reads as the key,
 * which is what was recorded.
 */
public record DisplayNames(Map<String, String> teams, Map<String, String> users, Map<String, String> categories,
                           Map<String, String> priorities, Map<String, String> fields, Map<String, String> slaPolicies)
        implements Serializable {

    public static final DisplayNames NONE = new DisplayNames(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public DisplayNames {
        teams = Map.copyOf(teams);
        users = Map.copyOf(users);
        categories = Map.copyOf(categories);
        priorities = Map.copyOf(priorities);
        fields = Map.copyOf(fields);
        slaPolicies = Map.copyOf(slaPolicies);
    }

    public String team(String key) {
        return teams.getOrDefault(key, key);
    }

    public String user(String username) {
        return users.getOrDefault(username, username);
    }

    public String category(String key) {
        return categories.getOrDefault(key, key);
    }

    public String priority(String code) {
        return priorities.getOrDefault(code, code);
    }

    /** A custom field's label. */
    public String field(String key) {
        return fields.getOrDefault(key, key);
    }

    public String slaPolicy(String key) {
        return slaPolicies.getOrDefault(key, key);
    }
}
