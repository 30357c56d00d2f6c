package org.bilet.demo;

import java.util.List;
import java.util.Map;
import org.bilet.people.Team;
import org.bilet.people.User;

/**
 * Who plays in the demo, in the order of people.json so that random choices are reproducible.
 *
 * @param users      everyone, by username
 * @param requesters requesters by locale
 * @param teams      teams by key
 * @param members    each team's members, by team key
 */
record DemoCast(Map<String, User> users, Map<String, List<Requester>> requesters,
                Map<String, Team> teams, Map<String, List<User>> members) {

    /** A requester and the grammatical gender their own texts must match. */
    record Requester(User user, String gender) {
    }

    User user(String username) {
        var user = users.get(username);
        if (user == null) {
            throw new IllegalStateException("The demo has no user " + username);
        }
        return user;
    }
}
