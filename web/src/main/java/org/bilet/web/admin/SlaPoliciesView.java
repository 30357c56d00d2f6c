package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bilet.admin.OrganizationChart;
import org.bilet.admin.OrganizationInfo;
import org.bilet.catalog.Catalog;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;
import org.bilet.sla.CalendarDefinition;
import org.bilet.sla.PolicyDefinition;
import org.bilet.sla.SlaSettings;
import org.bilet.tickets.Channel;
import org.bilet.web.session.Texts;

/**
 * /admin/sla: the SLA policies in the order they are tried, and a form for one. Targets are typed
 * as hours and minutes and sent as minutes; an empty condition holds for every ticket.
 */
@Named
@ViewScoped
public class SlaPoliciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service names targets in minutes; the form has an hours input first. */
    private static final Map<String, String> TARGET_INPUTS = Map.of(
            "firstResponseMinutes", "policy:firstResponseHours",
            "nextResponseMinutes", "policy:nextResponseHours",
            "resolutionMinutes", "policy:resolutionHours");

    @Inject
    SlaSettings settings;

    @Inject
    Catalog catalog;

    @Inject
    Directory directory;

    @Inject
    OrganizationChart organizations;

    private List<PolicyDefinition> policies;
    private List<CalendarDefinition> calendars;
    private List<Catalog.PriorityInfo> priorities;
    private List<Catalog.CategoryInfo> categories;
    private List<TeamInfo> teams;
    private List<OrganizationInfo> organizationChoices;

    /** The key of the policy being edited; null while the form creates one. */
    private String editing;
    private PolicyForm form;

    @PostConstruct
    void init() {
        calendars = settings.calendars();
        priorities = catalog.priorities();
        categories = catalog.categories();
        teams = directory.teams();
        organizationChoices = organizations.all();
        load();
        startNew();
    }

    private void load() {
        policies = settings.policies();
    }

    public void startNew() {
        editing = null;
        form = PolicyForm.blank(calendars.isEmpty() ? null : calendars.get(0).key());
    }

    public void edit(String policyKey) {
        policies.stream().filter(p -> p.key().equals(policyKey)).findFirst().ifPresent(p -> {
            editing = p.key();
            form = PolicyForm.of(p);
        });
    }

    public void save() {
        var definition = form.definition();
        var saved = AdminPage.attempt("policy", field -> TARGET_INPUTS.containsKey(field) ? TARGET_INPUTS.get(field) : form.translationInput(field),
                () -> editing == null ? settings.createPolicy(definition) : settings.changePolicy(editing, definition));
        if (saved != null) {
            AdminPage.done(editing == null ? "policies.created" : "policies.saved", saved.name());
            load();
            edit(saved.key());
        }
    }

    public void delete() {
        var name = form.getName();
        if (AdminPage.attempt("policy", () -> settings.deletePolicy(editing))) {
            AdminPage.done("policies.deleted", name);
            load();
            startNew();
        }
    }

    /** "Priority: High · Channel: E-mail", or "any ticket". */
    public String conditionsOf(PolicyDefinition p) {
        var parts = new ArrayList<String>();
        if (p.priority() != null) {
            parts.add(AdminPage.text("policies.priority") + ": " + priorities.stream().filter(x -> x.code().equals(p.priority()))
                    .map(Catalog.PriorityInfo::name).findFirst().orElse(p.priority()));
        }
        if (p.category() != null) {
            parts.add(AdminPage.text("policies.category") + ": " + categories.stream().filter(x -> x.key().equals(p.category()))
                    .map(Catalog.CategoryInfo::path).findFirst().orElse(p.category()));
        }
        if (p.team() != null) {
            parts.add(AdminPage.text("policies.team") + ": " + teams.stream().filter(x -> x.key().equals(p.team()))
                    .map(TeamInfo::name).findFirst().orElse(p.team()));
        }
        if (p.organization() != null) {
            parts.add(AdminPage.text("policies.organization") + ": " + p.organization());
        }
        if (p.channel() != null) {
            parts.add(AdminPage.text("policies.channel") + ": " + Texts.text("channel." + p.channel()));
        }
        return parts.isEmpty() ? AdminPage.text("policies.anyTicket") : String.join(" · ", parts);
    }

    /** Each target as "First response 4 h". */
    public List<String> targetsOf(PolicyDefinition p) {
        var targets = new ArrayList<String>();
        addTarget(targets, "policies.firstResponse", p.firstResponseMinutes());
        addTarget(targets, "policies.nextResponse", p.nextResponseMinutes());
        addTarget(targets, "policies.resolution", p.resolutionMinutes());
        return targets;
    }

    private static void addTarget(List<String> targets, String key, Integer minutes) {
        if (minutes != null) {
            targets.add(AdminPage.text(key) + " " + hoursAndMinutes(minutes));
        }
    }

    static String hoursAndMinutes(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        return h == 0 ? AdminPage.text("policies.minutes", m)
                : m == 0 ? AdminPage.text("policies.hours", h) : AdminPage.text("policies.hoursMinutes", h, m);
    }

    public String calendarName(String key) {
        return calendars.stream().filter(c -> c.key().equals(key)).map(CalendarDefinition::name).findFirst().orElse(key);
    }

    public List<PolicyDefinition> getPolicies() {
        return policies;
    }

    public List<CalendarDefinition> getCalendars() {
        return calendars;
    }

    public List<Catalog.PriorityInfo> getPriorities() {
        return priorities;
    }

    public List<Catalog.CategoryInfo> getCategories() {
        return categories;
    }

    public List<TeamInfo> getTeams() {
        return teams;
    }

    public List<OrganizationInfo> getOrganizations() {
        return organizationChoices;
    }

    public List<Channel> getChannels() {
        return List.of(Channel.WEB, Channel.EMAIL, Channel.PHONE, Channel.CHAT, Channel.API);
    }

    public String getEditing() {
        return editing;
    }

    public PolicyForm getForm() {
        return form;
    }
}
