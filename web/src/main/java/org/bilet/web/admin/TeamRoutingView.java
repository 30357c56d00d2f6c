package org.bilet.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bilet.catalog.Catalog;
import org.bilet.people.TeamInfo;
import org.bilet.routing.RoutingMode;
import org.bilet.routing.RoutingSettings;
import org.bilet.routing.TeamRoutingSettings;

/**
 * The routing part of /admin/teams for the team shown there: how it hands out tickets, the
 * assignment timeout, and a row of skills per member. Members without skills are not sent.
 */
@Named
@ViewScoped
public class TeamRoutingView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern SKILL_FIELD = Pattern.compile("skills\\[(\\d+)]\\.(agent|categories|languages)");

    @Inject
    TeamRoutingSettings settings;

    @Inject
    Catalog catalog;

    private String team;
    private String mode;
    private Integer timeout;
    private List<SkillRow> rows = List.of();
    /** Row index of each skills entry last sent, so that "skills[1].languages" lands on its row. */
    private List<Integer> sentRows = List.of();
    private List<Catalog.CategoryInfo> categories;

    /** Shows the routing of this team, with a row for each member. */
    void show(TeamInfo shown) {
        team = shown.key();
        var current = settings.of(team);
        mode = current.mode();
        timeout = current.assignmentTimeoutMinutes();
        rows = new ArrayList<>();
        for (var member : shown.members()) {
            var skills = current.skills().stream().filter(s -> s.agent().equals(member.username())).findFirst();
            rows.add(new SkillRow(member.username(), member.name(),
                    skills.map(RoutingSettings.Skills::categories).orElse(List.of()),
                    skills.map(RoutingSettings.Skills::languages).orElse(List.of())));
        }
    }

    public void save() {
        var skills = new ArrayList<RoutingSettings.Skills>();
        var sent = new ArrayList<Integer>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (!row.getCategories().isEmpty() || !row.getLanguages().isEmpty()) {
                skills.add(new RoutingSettings.Skills(row.getAgent(), List.copyOf(row.getCategories()), List.copyOf(row.getLanguages())));
                sent.add(i);
            }
        }
        sentRows = sent;
        var saved = AdminPage.attempt("routing", this::clientIdOf, () -> settings.configure(team, new RoutingSettings(mode, timeout, skills)));
        if (saved != null) {
            AdminPage.done("routing.saved");
        }
    }

    private String clientIdOf(String field) {
        var m = SKILL_FIELD.matcher(field);
        if (!m.matches()) {
            return null;
        }
        int entry = Integer.parseInt(m.group(1));
        var input = m.group(2).equals("agent") ? "categories" : m.group(2);
        return entry < sentRows.size() ? "routing:skills:" + sentRows.get(entry) + ":" + input : null;
    }

    public List<String> getModes() {
        return List.of(RoutingMode.values()).stream().map(RoutingMode::name).toList();
    }

    public List<Catalog.CategoryInfo> getCategories() {
        if (categories == null) {
            categories = catalog.categories();
        }
        return categories;
    }

    /** The languages a skill may name, each in its own name: "polski", "lietuvių". */
    public List<String> getLanguages() {
        return TeamRoutingSettings.LANGUAGES.stream().sorted().toList();
    }

    public String languageName(String code) {
        var locale = Locale.forLanguageTag(code);
        return locale.getDisplayLanguage(locale);
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public Integer getTimeout() {
        return timeout;
    }

    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
    }

    public List<SkillRow> getRows() {
        return rows;
    }

    /** One member's skills as the form holds them. */
    public static class SkillRow implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String agent;
        private final String name;
        private List<String> categories;
        private List<String> languages;

        SkillRow(String agent, String name, List<String> categories, List<String> languages) {
            this.agent = agent;
            this.name = name;
            this.categories = new ArrayList<>(categories);
            this.languages = new ArrayList<>(languages);
        }

        public String getAgent() {
            return agent;
        }

        public String getName() {
            return name;
        }

        public List<String> getCategories() {
            return categories;
        }

        public void setCategories(List<String> categories) {
            this.categories = categories == null ? new ArrayList<>() : categories;
        }

        public List<String> getLanguages() {
            return languages;
        }

        public void setLanguages(List<String> languages) {
            this.languages = languages == null ? new ArrayList<>() : languages;
        }
    }
}
