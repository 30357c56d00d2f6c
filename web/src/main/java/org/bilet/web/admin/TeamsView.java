package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.admin.TeamRoster;
import org.bilet.people.TeamInfo;

/** /admin/teams: teams, their names and addresses, and who belongs to them. */
@Named
@ViewScoped
public class TeamsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamRoster roster;

    @Inject
    TeamRoutingView routing;

    private List<TeamInfo> teams;
    private String key;
    private String name;
    private String email;

    private TeamInfo selected;
    private String newName;
    private String newEmail;
    private String member;
    /** Names of the agents last offered for adding, by username. */
    private final Map<String, String> offered = new HashMap<>();

    @PostConstruct
    void load() {
        teams = roster.all();
    }

    public void create() {
        var created = AdminPage.attempt("newTeam", () -> roster.create(key, name, email));
        if (created != null) {
            AdminPage.done("teams.created", created.name());
            key = null;
            name = null;
            email = null;
            load();
            show(created);
        }
    }

    public void edit(String teamKey) {
        teams.stream().filter(t -> t.key().equals(teamKey)).findFirst().ifPresent(this::show);
    }

    public void save() {
        var changed = AdminPage.attempt("team", () -> roster.change(selected.key(), newName, newEmail));
        if (changed != null) {
            AdminPage.done("teams.saved", changed.name());
            load();
            show(changed);
        }
    }

    public void addMember() {
        var changed = AdminPage.attempt("members", () -> roster.addMember(selected.key(), member));
        if (changed != null) {
            AdminPage.done("teams.memberAdded", offered.getOrDefault(member, member), changed.name());
            member = null;
            load();
            selected = changed;
            routing.show(changed);
        }
    }

    public void removeMember(String username) {
        var changed = AdminPage.attempt("members", () -> roster.removeMember(selected.key(), username));
        if (changed != null) {
            AdminPage.done("teams.memberRemoved", username, changed.name());
            load();
            selected = changed;
            routing.show(changed);
        }
    }

    /** Active staff not yet in the team whose username or name starts with the query. */
    public List<String> completeMember(String query) {
        var candidates = roster.candidates(selected.key(), query, 15);
        candidates.forEach(c -> offered.put(c.username(), c.name()));
        return candidates.stream().map(TeamInfo.Member::username).toList();
    }

    public String memberLabel(String username) {
        var person = offered.get(username);
        return person == null ? username : person + " (" + username + ")";
    }

    public void close() {
        selected = null;
    }

    private void show(TeamInfo team) {
        selected = team;
        newName = team.name();
        newEmail = team.email();
        member = null;
        routing.show(team);
    }

    public List<TeamInfo> getTeams() {
        return teams;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public TeamInfo getSelected() {
        return selected;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }
}
