package org.bilet.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Role;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.TeamInfo;
import org.bilet.people.User;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.LikePattern;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;

/** Teams of agents: created, renamed, and joined or left by active staff. Every change is audited. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class TeamRoster {

    /** Lower-case words joined by '-' or '.', as in "service-desk": keys appear in URLs and the API. */
    public static final String KEY = "[a-z0-9]+([.-][a-z0-9]+)*";

    @Inject
    EntityManager em;

    @Inject
    PeopleLookup people;

    @Inject
    AuditTrail audit;

    public List<TeamInfo> all() {
        return em.createQuery("select distinct t from Team t left join fetch t.members order by t.name", Team.class)
                .getResultStream().map(TeamInfo::of).toList();
    }

    /** One team with the version the API sends as the ETag (joining or leaving raises it too). */
    public Versioned<TeamInfo> read(@NotNull String key) {
        var team = team(key);
        return new Versioned<>(TeamInfo.of(team), team.version());
    }

    public TeamInfo create(@NotBlank(message = "Enter a key.")
                           @Size(max = 60, message = "A key has {max} characters at most.")
                           @Pattern(regexp = KEY, message = "A key has lower-case letters and digits, joined by '-' or '.', like service-desk.")
                           String key,
                           @NotBlank(message = "Enter a name.")
                           @Size(max = 200, message = "A name has {max} characters at most.") String name,
                           @Email(message = "This is not an e-mail address.")
                           @Size(max = 254, message = "An e-mail address has {max} characters at most.") String email) {
        if (people.team(key).isPresent()) {
            throw DuplicateException.of("key", "There is already a team with the key '" + key + "'.");
        }
        var team = new Team(key, name.strip());
        team.changeEmail(blankToNull(email));
        em.persist(team);
        audit.record(AuditKind.TEAM_CREATED, key, ChangeSummary.of().value("name", team.name()).value("e-mail", team.email()));
        return TeamInfo.of(team);
    }

    public TeamInfo change(@NotNull String key,
                           @NotBlank(message = "Enter a name.")
                           @Size(max = 200, message = "A name has {max} characters at most.") String name,
                           @Email(message = "This is not an e-mail address.")
                           @Size(max = 254, message = "An e-mail address has {max} characters at most.") String email) {
        var team = team(key);
        change(team, name, email);
        return TeamInfo.of(team);
    }

    /** Renames the team and sets its address if it is still at the version the caller read. */
    public Versioned<TeamInfo> change(@NotNull String key, long expectedVersion,
                                      @NotBlank(message = "Enter a name.")
                                      @Size(max = 200, message = "A name has {max} characters at most.") String name,
                                      @Email(message = "This is not an e-mail address.")
                                      @Size(max = 254, message = "An e-mail address has {max} characters at most.") String email) {
        var team = team(key);
        var what = "Team " + key;
        Versioned.check(what, team.version(), expectedVersion);
        change(team, name, email);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(TeamInfo.of(team), team.version());
    }

    private void change(Team team, String name, String email) {
        var summary = ChangeSummary.of().change("name", team.name(), name.strip()).change("e-mail", team.email(), blankToNull(email));
        if (!summary.isEmpty()) {
            team.rename(name.strip());
            team.changeEmail(blankToNull(email));
            audit.record(AuditKind.TEAM_CHANGED, team.key(), summary);
        }
    }

    public TeamInfo addMember(@NotNull String key, @NotBlank(message = "Choose an agent to add.") String username) {
        var team = team(key);
        var problems = new Problems();
        var user = member(username, "member", problems);
        problems.throwIfAny();
        add(team, user);
        return TeamInfo.of(team);
    }

    public TeamInfo removeMember(@NotNull String key, @NotNull String username) {
        var team = team(key);
        remove(team, username);
        return TeamInfo.of(team);
    }

    /** Takes the member out of the team if it is still at the version the caller read. */
    public Versioned<TeamInfo> removeMember(@NotNull String key, long expectedVersion, @NotNull String username) {
        var team = team(key);
        var what = "Team " + key;
        Versioned.check(what, team.version(), expectedVersion);
        remove(team, username);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(TeamInfo.of(team), team.version());
    }

    /**
     * Makes the team's members exactly these active staff, if it is still at the version the caller
     * read: those missing join, the others leave, each audited as on the screen.
     */
    public Versioned<TeamInfo> replaceMembers(@NotNull String key, long expectedVersion,
                                              @NotNull(message = "List the members (an empty list for none).") List<String> usernames) {
        var team = team(key);
        var what = "Team " + key;
        Versioned.check(what, team.version(), expectedVersion);
        var problems = new Problems();
        var wanted = new LinkedHashSet<User>();
        for (int i = 0; i < usernames.size(); i++) {
            var user = member(usernames.get(i), "members[" + i + "]", problems);
            if (user != null) {
                wanted.add(user);
            }
        }
        problems.throwIfAny();
        team.members().stream().filter(m -> !wanted.contains(m)).sorted(Comparator.comparing(User::username))
                .forEach(m -> remove(team, m.username()));
        wanted.forEach(user -> add(team, user));
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(TeamInfo.of(team), team.version());
    }

    /** Only active staff join teams; null after recording why not. */
    private User member(String username, String field, Problems problems) {
        if (username == null || username.isBlank()) {
            problems.add(field, "Choose an agent to add.");
            return null;
        }
        var user = people.user(username).filter(u -> u.username().equals(username)).orElse(null);
        if (user == null) {
            problems.add(field, "There is no user '" + username + "'.");
        } else if (!user.active() || !user.isStaff()) {
            problems.add(field, user.displayName() + " is not an active agent, manager or administrator.");
            return null;
        }
        return user;
    }

    private void add(Team team, User user) {
        if (!team.hasMember(user)) {
            team.addMember(user);
            audit.record(AuditKind.MEMBER_ADDED, team.key(), ChangeSummary.of().value("member", user.username()));
        }
    }

    private void remove(Team team, String username) {
        team.members().stream().filter(u -> u.username().equals(username)).findFirst().ifPresent(user -> {
            team.removeMember(user);
            audit.record(AuditKind.MEMBER_REMOVED, team.key(), ChangeSummary.of().value("member", username));
        });
    }

    /** Active staff outside the team whose username or name starts with the text, for picking a member. */
    public List<TeamInfo.Member> candidates(@NotNull String key, String text, int max) {
        var team = team(key);
        var start = LikePattern.startingWith(text == null ? "" : text);
        return em.createQuery("""
                        select distinct u from User u join u.roles r
                        where u.active = true and r in :staff
                          and u not in (select m from Team t join t.members m where t = :team)
                          and (lower(u.username) like :start escape '!' or lower(u.firstName) like :start escape '!'
                               or lower(u.lastName) like :start escape '!')
                        order by u.username""", User.class)
                .setParameter("staff", List.of(Role.AGENT, Role.MANAGER, Role.ADMIN))
                .setParameter("team", team)
                .setParameter("start", start)
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultStream().map(u -> new TeamInfo.Member(u.username(), u.displayName())).toList();
    }

    private Team team(String key) {
        return people.team(key).orElseThrow(() -> new ResourceNotFoundException("There is no team '" + key + "'."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
