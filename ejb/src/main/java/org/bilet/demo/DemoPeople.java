package org.bilet.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bilet.people.Organization;
import org.bilet.people.Role;
import org.bilet.people.Team;
import org.bilet.people.User;

/** Creates the organizations, users and teams of people.json. */
final class DemoPeople {

    static final String RESOURCE = "people.json";

    private final EntityManager em;
    private final String passwordHash;
    private final Random random;

    DemoPeople(EntityManager em, String passwordHash, Random random) {
        this.em = em;
        this.passwordHash = passwordHash;
        this.random = random;
    }

    DemoCast create(Instant now) {
        var json = DemoJson.read(RESOURCE);
        var departments = new HashMap<String, Organization>();
        var domains = new HashMap<String, String>();
        for (var company : json.getJsonArray("organizations").getValuesAs(JsonObject.class)) {
            var parent = persist(new Organization(company.getString("name"), null));
            departments.put(parent.name(), parent);
            domains.put(parent.name(), company.getString("domain"));
            for (var name : DemoJson.strings(company, "departments")) {
                departments.put(name, persist(new Organization(name, parent)));
                domains.put(name, company.getString("domain"));
            }
        }

        var users = new LinkedHashMap<String, User>();
        var requesters = new LinkedHashMap<String, List<DemoCast.Requester>>();
        for (var person : json.getJsonArray("users").getValuesAs(JsonObject.class)) {
            var user = user(person, departments, domains, now);
            users.put(user.username(), user);
            if (!user.isStaff()) {
                requesters.computeIfAbsent(user.locale(), locale -> new ArrayList<>())
                        .add(new DemoCast.Requester(user, person.getString("gender")));
            }
        }

        var teams = new LinkedHashMap<String, Team>();
        var members = new LinkedHashMap<String, List<User>>();
        for (var definition : json.getJsonArray("teams").getValuesAs(JsonObject.class)) {
            var team = new Team(definition.getString("key"), definition.getString("name"));
            var list = DemoJson.strings(definition, "members").stream().map(users::get).toList();
            list.forEach(team::addMember);
            em.persist(team);
            teams.put(team.key(), team);
            members.put(team.key(), list);
        }
        return new DemoCast(users, requesters, teams, members);
    }

    private User user(JsonObject person, Map<String, Organization> departments, Map<String, String> domains, Instant now) {
        var username = person.getString("username");
        var organization = person.getString("organization");
        var roles = EnumSet.noneOf(Role.class);
        DemoJson.strings(person, "roles").forEach(role -> roles.add(Role.valueOf(role)));
        // Accounts were opened well before the oldest demo ticket.
        var createdAt = now.minus(Duration.ofDays(180 + random.nextInt(540))).minus(Duration.ofMinutes(random.nextInt(600)));
        var user = new User(username, person.getString("email", username + "@" + domains.get(organization)),
                person.getString("firstName"), person.getString("lastName"), roles, createdAt);
        user.setPasswordHash(passwordHash);
        user.preferLocale(person.getString("locale"), person.getString("timeZone"));
        user.joinOrganization(departments.get(organization), person.getString("contractNumber", null));
        user.allowOrganizationTickets(person.getBoolean("seesOrganizationTickets", false));
        user.reachableAt(person.getString("phone", null));
        if (person.containsKey("attributes")) {
            person.getJsonObject("attributes").forEach((name, value) -> user.putAttribute(name, ((JsonString) value).getString()));
        }
        em.persist(user);
        return user;
    }

    private Organization persist(Organization organization) {
        em.persist(organization);
        return organization;
    }
}
