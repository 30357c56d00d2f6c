package org.bilet.it.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bilet.admin.CategoryDefinition;
import org.bilet.admin.CategoryTree;
import org.bilet.admin.NewUser;
import org.bilet.admin.PriorityDefinition;
import org.bilet.admin.PriorityScale;
import org.bilet.admin.TeamRoster;
import org.bilet.admin.UserAccounts;
import org.bilet.people.Role;
import org.bilet.platform.ResourceNotFoundException;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The people, teams and categories in-container tests need, created through the administrators'
 * services with a unique suffix, so no test leans on the demo data nor on another test's data.
 * The one shared record is the test agent that {@link AsAgent} runs as, created once if missing.
 * Calls are serialized (a singleton's write lock), so two threads never both create the agent.
 */
@Singleton
@PermitAll
@RunAs("ADMIN")
@RunAsPrincipal("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TestData {

    /** The agent {@link AsAgent} runs as: an active user with the AGENT role, as the services expect. */
    public static final String AGENT = "it.agent";
    public static final String AGENT_FIRST_NAME = "Ida";
    public static final String AGENT_LAST_NAME = "Tester";

    static final String PASSWORD = "it-password-42";

    @EJB
    UserAccounts accounts;

    @EJB
    TeamRoster teams;

    @EJB
    CategoryTree categories;

    @EJB
    PriorityScale priorities;

    private boolean agentExists;

    /** Creates {@link #AGENT} unless it exists: each run starts from an empty database. */
    public void ensureAgent() {
        if (agentExists) {
            return;
        }
        try {
            accounts.find(AGENT);
        } catch (ResourceNotFoundException missing) {
            accounts.create(new NewUser(AGENT, AGENT_FIRST_NAME, AGENT_LAST_NAME, AGENT + "@example.com",
                    Set.of(Role.AGENT), null, "en", "UTC", PASSWORD));
        }
        agentExists = true;
    }

    /** A new active user "prefix.suffix" with these roles and the password {@link #PASSWORD}; returns the username. */
    public String user(String prefix, String firstName, String lastName, Role... roles) {
        ensureAgent();
        var username = prefix.toLowerCase(Locale.ROOT) + "." + Unique.suffix();
        accounts.create(new NewUser(username, firstName, lastName, username + "@example.com",
                Set.of(roles), null, "en", "UTC", PASSWORD));
        return username;
    }

    public String requester(String firstName, String lastName) {
        return user("requester", firstName, lastName, Role.REQUESTER);
    }

    public String agent(String firstName, String lastName) {
        return user("agent", firstName, lastName, Role.AGENT);
    }

    /** A new team with these members (active staff, {@link #AGENT} among them if named); returns its key. */
    public String team(String name, String... members) {
        ensureAgent();
        var key = "team-" + Unique.suffix();
        teams.create(key, name, null);
        for (var member : members) {
            teams.addMember(key, member);
        }
        return key;
    }

    /** A new top-level category whose tickets go to the team (null: to none); returns its key. */
    public String category(String name, String team) {
        var key = "category-" + Unique.suffix();
        categories.create(new CategoryDefinition(key, name, null, team, Set.of()));
        return key;
    }

    /**
     * The priority scale as it stands, least urgent first. Tests read it rather than add to it: the
     * API tests expect the scale an installation starts with.
     */
    public List<PriorityDefinition> priorities() {
        return priorities.all();
    }
}
