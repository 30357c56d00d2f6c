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
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.LikePattern;
import org.bilet.platform.ResourceNotFoundException;

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

    public TeamInfo create(@NotBlank(message = "Enter a key.")
                           @Size(max = 60, message = "A key has {max} characters at most.")
                           @Pattern(regexp = KEY, message = "A key has lower-case letters and digits, joined by '-' or '.', like service-desk.")
                           String key,
                           @NotBlank(message = "Enter a name.")
                           @Size(max = 200, message = "A name has {max} characters at most.") String name,
                           @Email(message = "This is not an e-mail address.")
                           @Size(max = 254, message = "An e-mail address has {max} characters at most.") String email) {
        if (people.team(key).isPresent()) {
            throw InvalidInputException.of("key", "There is already a team with the key '" + key + "'.");
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
        var summary = ChangeSummary.of().change("name", team.name(), name.strip()).change("e-mail", team.email(), blankToNull(email));
        if (!summary.isEmpty()) {
            team.rename(name.strip());
            team.changeEmail(blankToNull(email));
            audit.record(AuditKind.TEAM_CHANGED, key, summary);
        }
        return TeamInfo.of(team);
    }

    public TeamInfo addMember(@NotNull String key, @NotBlank(message = "Choose an agent to add.") String username) {
        var team = team(key);
        var user = people.user(username).filter(u -> u.username().equals(username))
                .orElseThrow(() -> InvalidInputException.of("member", "There is no user '" + username + "'."));
        if (!user.active() || !user.isStaff()) {
            throw InvalidInputException.of("member", user.displayName() + " is not an active agent, manager or administrator.");
        }
        if (!team.hasMember(user)) {
            team.addMember(user);
            audit.record(AuditKind.MEMBER_ADDED, key, ChangeSummary.of().value("member", username));
        }
        return TeamInfo.of(team);
    }

    public TeamInfo removeMember(@NotNull String key, @NotNull String username) {
        var team = team(key);
        var member = team.members().stream().filter(u -> u.username().equals(username)).findFirst();
        member.ifPresent(user -> {
            team.removeMember(user);
            audit.record(AuditKind.MEMBER_REMOVED, key, ChangeSummary.of().value("member", username));
        });
        return TeamInfo.of(team);
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
