package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.bilet.server.TestDirectoryExtension;
import org.junit.jupiter.api.Test;

/**
 * Employees sign in with their company directory account (the test directory,
 * {@code test-directory.ldif}): a user is made for them, their groups give roles, and local
 * accounts keep working, even while the directory is away.
 */
class DirectoryLoginIT extends ApiTestCase {

    static final String PASSWORD = "directory-secret";
    static final String HELPDESK = "cn=helpdesk,ou=groups,dc=example,dc=com";
    static final String NILS = "uid=nils.dahl,ou=people,dc=example,dc=com";

    @Test
    void aDirectoryUserSignsInAsARequesterWithNameAndAddressFromTheDirectory() {
        var me = anonymous().as("hanna.berg", PASSWORD).get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        var hanna = me.json();
        assertThat(hanna.getString("username")).isEqualTo("hanna.berg");
        assertThat(hanna.getString("name")).isEqualTo("Hanna Berg");
        assertThat(hanna.getString("email")).isEqualTo("hanna.berg@example.com");
        assertThat(roles(hanna)).containsExactly("REQUESTER");
        assertThat(hanna.getBoolean("directoryAccount")).isTrue();
    }

    @Test
    void aMemberOfTheHelpdeskGroupIsAnAgentAndWorksEveryonesTickets() {
        var lars = anonymous().as("lars.holm", PASSWORD);

        assertThat(roles(lars.get("/api/me").json())).containsExactlyInAnyOrder("REQUESTER", "AGENT");
        var tickets = lars.get("/api/tickets?size=50");
        assertThat(tickets.status()).isEqualTo(200);
        assertThat(tickets.json().getJsonArray("items"))
                .extracting(t -> t.asJsonObject().getJsonObject("requester").getString("username"))
                .isNotEmpty().doesNotContain("lars.holm");
        assertThat(lars.get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void aUniqueMemberOfTheManagersGroupIsAManager() {
        var me = anonymous().as("mia.strand", PASSWORD).get("/api/me");

        assertThat(roles(me.json())).containsExactlyInAnyOrder("REQUESTER", "MANAGER");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsA401Problem() {
        for (var refused : List.of(anonymous().as("hanna.berg", "not-the-password").get("/api/me"),
                anonymous().as("nobody.here", PASSWORD).get("/api/me"),
                anonymous().as("hanna.berg", "").get("/api/me"))) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).contains("username or password is wrong");
        }
    }

    @Test
    void aWildcardInTheUsernameMatchesNobody() {
        assertThat(anonymous().as("hanna*", PASSWORD).get("/api/me").status()).isEqualTo(401);
        assertThat(anonymous().as("*", PASSWORD).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void aDirectoryUserOpensATicketAsItsRequester() {
        var sara = anonymous().as("sara.lund", PASSWORD);

        var created = sara.post("/api/tickets", """
                {"subject": "Badge does not open the garage", "description": "Since Monday."}""");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().getJsonObject("requester").getString("username")).isEqualTo("sara.lund");
        assertThat(created.json().getJsonObject("requester").getString("name")).isEqualTo("Sara Lund");
        var number = created.json().getString("number");
        assertThat(sara.get("/api/tickets/" + number).status()).isEqualTo(200);
        assertThat(signedIn("agent").get("/api/tickets/" + number).json()
                .getJsonObject("requester").getString("username")).isEqualTo("sara.lund");
    }

    @Test
    void aDirectoryUserMayUseAPersonalToken() {
        var issued = anonymous().as("hanna.berg", PASSWORD).post("/api/me/tokens", "{\"name\":\"script\"}");
        assertThat(issued.status()).isEqualTo(201);

        var me = anonymous().withToken(issued.json().getString("token")).get("/api/me");

        assertThat(me.json().getString("username")).isEqualTo("hanna.berg");
    }

    @Test
    void theDirectoryDoesNotTakeOverALocalAccountOfTheSameName() {
        var withDirectoryPassword = anonymous().as("employee", PASSWORD).get("/api/me");
        var withLocalPassword = anonymous().as("employee").get("/api/me");

        assertThat(withDirectoryPassword.status()).isEqualTo(401);
        assertThat(withLocalPassword.status()).isEqualTo(200);
        assertThat(withLocalPassword.json().getString("name")).isEqualTo("Emma Wilson");
        assertThat(withLocalPassword.json().getBoolean("directoryAccount")).isFalse();
        assertThat(roles(withLocalPassword.json())).containsExactly("REQUESTER");
    }

    @Test
    void anEntryWithoutAnEmailAddressCannotSignIn() {
        assertThat(anonymous().as("tove.ek", PASSWORD).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void rolesAndNamesFollowTheDirectoryAtEachSignIn() throws LDAPException {
        var nils = anonymous().as("nils.dahl", PASSWORD);
        assertThat(roles(nils.get("/api/me").json())).containsExactlyInAnyOrder("REQUESTER", "AGENT");
        var directory = TestDirectoryExtension.directory();
        try {
            directory.modify(HELPDESK, new Modification(ModificationType.DELETE, "member", NILS));
            directory.modify(NILS, new Modification(ModificationType.REPLACE, "givenName", "Nils-Erik"),
                    new Modification(ModificationType.REPLACE, "mail", "nils-erik.dahl@example.com"));

            var me = nils.get("/api/me").json();

            assertThat(roles(me)).containsExactly("REQUESTER");
            assertThat(me.getString("name")).isEqualTo("Nils-Erik Dahl");
            assertThat(me.getString("email")).isEqualTo("nils-erik.dahl@example.com");
            assertThat(nils.get("/api/users").status()).isEqualTo(403);
        } finally {
            directory.modify(HELPDESK, new Modification(ModificationType.ADD, "member", NILS));
            directory.modify(NILS, new Modification(ModificationType.REPLACE, "givenName", "Nils"),
                    new Modification(ModificationType.REPLACE, "mail", "nils.dahl@example.com"));
        }
    }

    @Test
    void whileTheDirectoryIsAwayItsUsersGetA401AndLocalUsersStillSignIn() throws LDAPException {
        var directory = TestDirectoryExtension.directory();
        directory.shutDown(true);
        try {
            var refused = anonymous().as("hanna.berg", PASSWORD).get("/api/me");
            var local = anonymous().as("employee").get("/api/me");

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("Exception", "ldap://");
            assertThat(local.status()).isEqualTo(200);
            assertThat(local.json().getString("username")).isEqualTo("employee");
        } finally {
            directory.startListening();
        }
        assertThat(anonymous().as("hanna.berg", PASSWORD).get("/api/me").status()).isEqualTo(200);
    }

    private static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
