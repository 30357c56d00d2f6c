package org.bilet.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the database already holds and generated tickets refer to: people (requesters and staff),
 * teams with their members, categories with the team they route to, and the priority scale.
 */
record Reference(List<Person> requesters, List<Person> staff, List<Team> teams, List<Category> categories,
                 List<Priority> priorities) {

    record Person(long id, String username, String locale, Long organizationId) {
    }

    record Team(long id, String key, List<Long> memberIds) {
    }

    /** A category and the team it routes to (its own default team or its nearest ancestor's). */
    record Category(long id, String key, Long teamId) {
    }

    record Priority(long id, String code, int resolutionHours, boolean isDefault) {
    }

    /** The team named with {@code --team}, or else the one with the most OPEN tickets, whose queue the lists measure. */
    static Optional<String> teamToMeasure(Options options) throws SQLException {
        var named = options.value("team", null);
        if (named != null) {
            return Optional.of(named);
        }
        try (var db = options.connect(); var rs = db.createStatement().executeQuery("""
                select t.team_key from ticket k join team t on t.id = k.team_id
                where k.status = 'OPEN' group by t.team_key order by count(*) desc, t.team_key limit 1""")) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    static Reference load(Connection db) throws SQLException {
        var requesters = new ArrayList<Person>();
        var staff = new ArrayList<Person>();
        try (var rs = db.createStatement().executeQuery("""
                select u.id, u.username, u.locale, u.organization_id, group_concat(r.role) roles
                from app_user u join user_role r on r.user_id = u.id
                where u.active group by u.id, u.username, u.locale, u.organization_id order by u.id""")) {
            while (rs.next()) {
                long org = rs.getLong(4);
                Long organization = rs.wasNull() ? null : org;
                var person = new Person(rs.getLong(1), rs.getString(2), rs.getString(3), organization);
                var roles = Set.of(rs.getString(5).split(","));
                if (roles.contains("AGENT") || roles.contains("MANAGER")) {
                    staff.add(person);
                } else if (roles.contains("REQUESTER")) {
                    requesters.add(person);
                }
            }
        }
        var members = new HashMap<Long, List<Long>>();
        try (var rs = db.createStatement().executeQuery("select team_id, user_id from team_member order by team_id, user_id")) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        var teams = new ArrayList<Team>();
        try (var rs = db.createStatement().executeQuery("select id, team_key from team order by id")) {
            while (rs.next()) {
                teams.add(new Team(rs.getLong(1), rs.getString(2), members.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        var priorities = new ArrayList<Priority>();
        try (var rs = db.createStatement().executeQuery(
                "select id, code, resolution_hours, is_default from priority order by rank_order")) {
            while (rs.next()) {
                priorities.add(new Priority(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)));
            }
        }
        return new Reference(requesters, staff, teams, categories(db), priorities);
    }

    private static List<Category> categories(Connection db) throws SQLException {
        var parents = new HashMap<Long, Long>();
        var defaultTeams = new HashMap<Long, Long>();
        var keys = new HashMap<Long, String>();
        try (var rs = db.createStatement().executeQuery("select id, category_key, parent_id, default_team_id from category order by id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                keys.put(id, rs.getString(2));
                long parent = rs.getLong(3);
                if (!rs.wasNull()) {
                    parents.put(id, parent);
                }
                long team = rs.getLong(4);
                if (!rs.wasNull()) {
                    defaultTeams.put(id, team);
                }
            }
        }
        var categories = new ArrayList<Category>();
        for (var entry : keys.entrySet()) {
            Long team = null;
            for (Long c = entry.getKey(); c != null && team == null; c = parents.get(c)) {
                team = defaultTeams.get(c);
            }
            categories.add(new Category(entry.getKey(), entry.getValue(), team));
        }
        categories.sort((a, b) -> Long.compare(a.id(), b.id()));
        return categories;
    }

    /** Fails with a clear message when there is nothing to refer to (the demo data is missing). */
    Reference requireUsable() {
        if (requesters.isEmpty() || staff.isEmpty() || teams.isEmpty() || priorities.isEmpty()) {
            throw new IllegalStateException("The database has no requesters, staff, teams or priorities: start the server once"
                    + " with BILET_DEMO=true so that it loads the demo data, then fill.");
        }
        return this;
    }

    Optional<Person> person(String username) {
        return java.util.stream.Stream.concat(requesters.stream(), staff.stream())
                .filter(p -> p.username().equals(username)).findFirst();
    }

    Priority defaultPriority() {
        return priorities.stream().filter(Priority::isDefault).findFirst().orElse(priorities.get(0));
    }

    Map<String, Priority> prioritiesByCode() {
        var map = new HashMap<String, Priority>();
        priorities.forEach(p -> map.put(p.code(), p));
        return map;
    }
}
