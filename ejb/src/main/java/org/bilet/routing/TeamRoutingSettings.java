package org.bilet.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Category;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;

/** Administrators set how a team hands out tickets and what its agents are skilled in; audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TeamRoutingSettings {

    /** The languages Bilet speaks, the ones a skill may name. */
    public static final Set<String> LANGUAGES = Set.of("pl", "lt", "uk", "ru", "it", "en");
    public static final int MAX_TIMEOUT_MINUTES = 1440;

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    CatalogLookup catalog;

    @Inject
    AuditTrail audit;

    public RoutingSettings of(String teamKey) {
        var team = team(teamKey);
        return settingsOf(em.find(TeamRouting.class, team.id()), skillsOf(team));
    }

    /** Replaces the team's routing and skills; every invalid field is reported at once. */
    public RoutingSettings configure(String teamKey, RoutingSettings requested) {
        var team = team(teamKey);
        var problems = new Problems();
        var mode = modeOf(requested == null ? null : requested.mode(), problems);
        var timeout = requested == null ? null : requested.assignmentTimeoutMinutes();
        if (timeout != null && (timeout < 1 || timeout > MAX_TIMEOUT_MINUTES)) {
            problems.add("assignmentTimeoutMinutes", "A timeout is between 1 and " + MAX_TIMEOUT_MINUTES
                    + " minutes; leave it out for none.");
        }
        var wanted = skillsWanted(team, requested == null || requested.skills() == null ? List.of() : requested.skills(), problems);
        problems.throwIfAny();

        var routing = em.find(TeamRouting.class, team.id());
        var before = settingsOf(routing, skillsOf(team));
        if (routing == null) {
            routing = new TeamRouting(team);
            em.persist(routing);
        }
        routing.configure(mode, timeout);
        replaceSkills(team, wanted);
        var after = settingsOf(routing, wanted.entrySet().stream()
                .map(e -> skillsText(e.getKey(), e.getValue().categories(), e.getValue().languages())).toList());
        var summary = ChangeSummary.of()
                .change("mode", before.mode(), after.mode())
                .change("timeout", before.assignmentTimeoutMinutes(), after.assignmentTimeoutMinutes())
                .change("skills", skillsSummary(before), skillsSummary(after));
        if (!summary.isEmpty()) {
            audit.record(AuditKind.ROUTING_CHANGED, teamKey, summary);
        }
        return after;
    }

    private record Wanted(Set<Category> categories, Set<String> languages) {
    }

    private Map<User, Wanted> skillsWanted(Team team, List<RoutingSettings.Skills> skills, Problems problems) {
        var wanted = new HashMap<User, Wanted>();
        for (int i = 0; i < skills.size(); i++) {
            var field = "skills[" + i + "]";
            var entry = skills.get(i);
            if (entry == null) {
                problems.add(field, "Each entry names an agent with their categories and languages.");
                continue;
            }
            var agent = entry.agent() == null ? null : people.user(entry.agent())
                    .filter(u -> u.username().equals(entry.agent()) && team.hasMember(u)).orElse(null);
            if (agent == null) {
                problems.add(field + ".agent", entry.agent() == null ? "Name the agent."
                        : "'" + entry.agent() + "' is not a member of team " + team.key() + ".");
            } else if (wanted.containsKey(agent)) {
                problems.add(field + ".agent", "'" + entry.agent() + "' is listed twice; give each agent one entry.");
            }
            var categories = new LinkedHashSet<Category>();
            var unknownCategories = new TreeSet<String>();
            for (var key : entry.categories() == null ? List.<String>of() : entry.categories()) {
                catalog.category(key == null ? "" : key).ifPresentOrElse(categories::add, () -> unknownCategories.add(String.valueOf(key)));
            }
            if (!unknownCategories.isEmpty()) {
                problems.add(field + ".categories", "There is no category " + String.join(", ", unknownCategories) + ".");
            }
            var languages = new TreeSet<String>();
            var unknownLanguages = new TreeSet<String>();
            for (var code : entry.languages() == null ? List.<String>of() : entry.languages()) {
                var normalized = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
                (LANGUAGES.contains(normalized) ? languages : unknownLanguages).add(code == null ? "null" : code);
            }
            if (!unknownLanguages.isEmpty()) {
                problems.add(field + ".languages", "Unknown language " + String.join(", ", unknownLanguages)
                        + "; use " + String.join(", ", new TreeSet<>(LANGUAGES)) + ".");
            }
            if (agent != null) {
                wanted.putIfAbsent(agent, new Wanted(categories, normalized(languages)));
            }
        }
        return wanted;
    }

    private static Set<String> normalized(Set<String> languages) {
        var result = new TreeSet<String>();
        languages.forEach(code -> result.add(code.strip().toLowerCase(Locale.ROOT)));
        return result;
    }

    private void replaceSkills(Team team, Map<User, Wanted> wanted) {
        var existing = new HashMap<User, AgentSkills>();
        skillRows(team).forEach(row -> existing.put(row.agent(), row));
        existing.forEach((agent, row) -> {
            if (!wanted.containsKey(agent)) {
                em.remove(row);
            }
        });
        wanted.forEach((agent, skills) -> {
            var row = existing.get(agent);
            if (row == null) {
                row = new AgentSkills(team, agent);
                em.persist(row);
            }
            row.redefine(skills.categories(), skills.languages());
        });
    }

    private RoutingMode modeOf(String name, Problems problems) {
        var known = Arrays.toString(RoutingMode.values());
        if (name == null || name.isBlank()) {
            problems.add("mode", "Choose a mode: one of " + known + ".");
            return null;
        }
        try {
            return RoutingMode.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("mode", "There is no mode '" + name + "'; use one of " + known + ".");
            return null;
        }
    }

    private List<AgentSkills> skillRows(Team team) {
        return em.createQuery("select s from AgentSkills s join fetch s.agent where s.team = :team", AgentSkills.class)
                .setParameter("team", team)
                .getResultList();
    }

    private List<RoutingSettings.Skills> skillsOf(Team team) {
        return skillRows(team).stream()
                .map(row -> skillsText(row.agent(), row.categories(), row.languages()))
                .toList();
    }

    private static RoutingSettings.Skills skillsText(User agent, Set<Category> categories, Set<String> languages) {
        return new RoutingSettings.Skills(agent.username(),
                categories.stream().map(Category::key).sorted().toList(),
                languages.stream().sorted().toList());
    }

    private static RoutingSettings settingsOf(TeamRouting routing, List<RoutingSettings.Skills> skills) {
        var sorted = new ArrayList<>(skills);
        sorted.sort(Comparator.comparing(RoutingSettings.Skills::agent));
        return routing == null ? new RoutingSettings(RoutingMode.MANUAL.name(), null, List.copyOf(sorted))
                : new RoutingSettings(routing.mode().name(), routing.assignmentTimeoutMinutes(), List.copyOf(sorted));
    }

    /** "ann: vpn, printers / pl, en; bob: …", so the audit shows who lost or gained which skills. */
    private static String skillsSummary(RoutingSettings settings) {
        var parts = new ArrayList<String>();
        for (var s : settings.skills()) {
            parts.add(s.agent() + ": " + String.join(", ", s.categories()) + " / " + String.join(", ", s.languages()));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private Team team(String key) {
        return people.team(key).orElseThrow(() -> new ResourceNotFoundException("There is no team '" + key + "'."));
    }
}
