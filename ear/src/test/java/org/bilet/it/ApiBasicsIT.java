package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Signing in, tokens, roles, problem responses, OpenAPI and health. */
class ApiBasicsIT extends ApiTestCase {

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() {
        var response = anonymous().get("/api/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).contains("Basic", "Bearer");
        assertThat(response.json().getString("detail")).contains("Sign in");
    }

    @Test
    void aWrongPasswordIsRefused() {
        var response = anonymous().as("agent", "not-the-password").get("/api/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().getString("detail")).contains("username or password is wrong");
    }

    @Test
    void meTellsWhoIsSignedIn() {
        var me = anonymous().as("employee").get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo("employee");
        assertThat(me.json().getJsonArray("roles").getString(0)).isEqualTo("REQUESTER");
    }

    @Test
    void aPersonalTokenWorksUntilRevoked() {
        var agent = anonymous().as("agent");
        var issued = agent.post("/api/me/tokens", "{\"name\":\"ci script\"}");
        assertThat(issued.status()).isEqualTo(201);
        var token = issued.json().getString("token");
        assertThat(token).startsWith("bil_");

        var withToken = anonymous().withToken(token);
        assertThat(withToken.get("/api/me").json().getString("username")).isEqualTo("agent");

        var id = issued.json().getJsonObject("info").getJsonNumber("id").longValue();
        assertThat(agent.delete("/api/me/tokens/" + id).status()).isEqualTo(204);
        var refused = withToken.get("/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("detail")).contains("API token is unknown, expired or revoked");
    }

    @Test
    void aTokenWithoutANameIsRefusedWithTheReason() {
        var response = anonymous().as("agent").post("/api/me/tokens", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getString("detail")).contains("Name the token");
    }

    @Test
    void requestersCannotReadTheStaffDirectory() {
        var employee = anonymous().as("employee");

        assertThat(employee.get("/api/users").status()).isEqualTo(403);
        assertThat(employee.get("/api/teams").status()).isEqualTo(403);
        assertThat(employee.get("/api/teams").contentType()).startsWith("application/problem+json");
        assertThat(employee.get("/api/priorities").status()).isEqualTo(200);
    }

    @Test
    void staffReadUsersTeamsCategoriesAndPriorities() {
        var agent = anonymous().as("agent");

        assertThat(agent.get("/api/users?size=5").json().getJsonArray("items")).hasSize(5);
        assertThat(agent.get("/api/teams").array()).isNotEmpty();
        assertThat(agent.get("/api/categories").array()).isNotEmpty();
        assertThat(agent.get("/api/priorities").array())
                .extracting(p -> p.asJsonObject().getString("code"))
                .containsExactly("LOW", "NORMAL", "HIGH", "URGENT");
    }

    @Test
    void unknownAddressesAndMethodsAreProblemsToo() {
        var agent = anonymous().as("agent");

        var unknown = agent.get("/api/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(agent.delete("/api/tickets").status()).isEqualTo(405);
    }

    @Test
    void theOpenApiDocumentIsServedOnlyWhereTheOperatorMakesItPublic() {
        // The tests' server runs without BILET_PUBLIC_OPENAPI.
        assertThat(anonymous().get("/openapi").status()).isEqualTo(404);
        assertThat(anonymous().as("admin").get("/openapi").status()).isEqualTo(404);
    }

    @Test
    void healthSaysLiveAndReadyAndOnlyAdministratorsLearnMore() {
        var ready = anonymous().get("/health/ready");
        var live = anonymous().get("/health/live");
        var asEmployee = anonymous().as("employee").get("/health/ready");
        var asAdmin = anonymous().as("admin").get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(asEmployee.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(asAdmin.json().getJsonArray("checks")).extracting(c -> c.asJsonObject().getString("name")).containsExactly("database");
    }
}
