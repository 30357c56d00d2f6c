package org.bilet.names;

import java.util.HashSet;
import java.util.Set;

/** The keys a page mentions, by kind, gathered before asking {@link NameLookup} for their names once. */
public final class NameKeys {

    final Set<String> teams = new HashSet<>();
    final Set<String> users = new HashSet<>();
    final Set<String> categories = new HashSet<>();
    final Set<String> priorities = new HashSet<>();
    final Set<String> fields = new HashSet<>();
    final Set<String> slaPolicies = new HashSet<>();

    public NameKeys team(String key) {
        return add(teams, key);
    }

    public NameKeys user(String username) {
        return add(users, username);
    }

    public NameKeys category(String key) {
        return add(categories, key);
    }

    /** A priority by its code. */
    public NameKeys priority(String code) {
        return add(priorities, code);
    }

    /** A custom field by its key. */
    public NameKeys field(String key) {
        return add(fields, key);
    }

    public NameKeys slaPolicy(String key) {
        return add(slaPolicies, key);
    }

    public boolean isEmpty() {
        return teams.isEmpty() && users.isEmpty() && categories.isEmpty() && priorities.isEmpty() && fields.isEmpty()
                && slaPolicies.isEmpty();
    }

    private NameKeys add(Set<String> set, String key) {
        if (key != null && !key.isBlank()) {
            set.add(key);
        }
        return this;
    }
}
