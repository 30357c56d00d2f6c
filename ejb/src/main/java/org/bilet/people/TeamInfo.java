package org.bilet.people;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

public record TeamInfo(String key, String name, String email, List<Member> members) implements Serializable {

    public record Member(String username, String name) implements Serializable {
    }

    public static TeamInfo of(Team t) {
        return new TeamInfo(t.key(), t.name(), t.email(), t.members().stream()
                .sorted(Comparator.comparing(User::username))
                .map(u -> new Member(u.username(), u.displayName()))
                .toList());
    }
}
