package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import org.bilet.admin.UserAccounts;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.FormSession;
import org.bilet.people.Passwords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Failed sign-ins slow an account down and then lock it, and block an address that fails too
 * often; a right password is refused meanwhile; an administrator lifts a lockout; a success clears
 * the account's count. The test server holds accounts back after 3 failures and locks them after 5
 * (BILET_SIGNIN_ACCOUNT_* in the ear module's pom); addresses have the real limit, 50. Every test
 * has users of its own, and Basic tests call from loopback addresses of their own (127.0.0.2x), so
 * that no other test meets a lockout. Also: the Basic cache ends with a new password or a
 * deactivation, and an unknown username costs a password hash like a known one.
 */
@ExtendWith(ArquillianExtension.class)
class SignInGuardIT {

    private static final String HELD_BACK = "Too many failed sign-ins. Try again in 1 minute.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @EJB
    AsAdmin asAdmin;

    @EJB
    TestData testData;

    @EJB
    UserAccounts accounts;

    @Inject
    Passwords passwords;

    @Test
    void basic_holds_an_account_back_then_locks_it_with_429_and_retry_after_until_an_administrator_lifts_it() throws Exception {
        var username = testData.requester("Lock", "Smith");
        var client = FromAddress.of(base, "127.0.0.21");

        assertThat(client.get("/api/me", username, "wrong-1").status()).isEqualTo(401);
        assertThat(client.get("/api/me", username, "wrong-2").status()).isEqualTo(401);
        var third = client.get("/api/me", username, "wrong-3");
        var rightMeanwhile = client.get("/api/me", username, TestData.PASSWORD);
        Thread.sleep(1_200);
        assertThat(client.get("/api/me", username, "wrong-4").status()).isEqualTo(429);
        Thread.sleep(2_200);
        var fifth = client.get("/api/me", username, "wrong-5");
        var rightWhileLocked = client.get("/api/me", username, TestData.PASSWORD);

        assertThat(third.status()).isEqualTo(429);
        assertThat(third.header("Retry-After")).isEqualTo("1");
        assertThat(third.header("Content-Type")).startsWith("application/problem+json");
        assertThat(third.body()).contains(HELD_BACK, "\"status\":429");
        assertThat(rightMeanwhile.status()).isEqualTo(429);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(Long.parseLong(fifth.header("Retry-After"))).isBetween(890L, 900L);
        assertThat(fifth.body()).contains("Try again in 15 minutes.");
        assertThat(rightWhileLocked.status()).isEqualTo(429);

        var lockout = lockoutOf("ACCOUNT", username);
        assertThat(lockout.getInt("failures")).isEqualTo(5);
        assertThat(admin().delete("/api/admin/lockouts/" + lockout.getJsonNumber("id").longValue()).status()).isEqualTo(204);
        assertThat(client.get("/api/me", username, TestData.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void the_form_says_how_long_to_wait_refuses_the_right_password_meanwhile_and_a_success_clears_the_count() throws Exception {
        var username = testData.requester("Form", "Guard");
        var visitor = FormSession.at(base);

        visitor.signIn(username, "wrong-1");
        visitor.signIn(username, "wrong-2");
        var third = visitor.signIn(username, "wrong-3");
        var rightMeanwhile = visitor.signIn(username, TestData.PASSWORD);
        Thread.sleep(1_200);
        var right = visitor.signIn(username, TestData.PASSWORD);

        assertThat(third.body()).contains(HELD_BACK);
        assertThat(rightMeanwhile.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(rightMeanwhile.body()).contains(HELD_BACK);
        assertThat(right.uri().getPath()).isEqualTo("/portal/tickets.xhtml");
        var again = FormSession.at(base).signIn(username, "wrong-4");
        assertThat(again.body()).as("counted from 1 again").doesNotContain(HELD_BACK)
                .contains("The username or password is wrong, or the account is deactivated.");
    }

    @Test
    void a_success_on_basic_clears_the_accounts_count() {
        var username = testData.requester("Clear", "Count");
        var client = FromAddress.of(base, "127.0.0.22");

        client.get("/api/me", username, "wrong-1");
        client.get("/api/me", username, "wrong-2");
        assertThat(client.get("/api/me", username, TestData.PASSWORD).status()).isEqualTo(200);

        assertThat(client.get("/api/me", username, "wrong-3").status()).isEqualTo(401);
        assertThat(client.get("/api/me", username, "wrong-4").status()).isEqualTo(401);
    }

    @Test
    void an_address_with_fifty_failures_is_blocked_for_every_account_until_lifted() {
        var username = testData.requester("Addy", "Ress");
        var client = FromAddress.of(base, "127.0.0.23");
        var statuses = new ArrayList<Integer>();
        for (int i = 1; i <= 50; i++) {
            statuses.add(client.get("/api/me", "nobody." + i + "." + Unique.suffix(), "guess").status());
        }

        assertThat(statuses.subList(0, 49)).containsOnly(401);
        assertThat(statuses.get(49)).isEqualTo(429);
        assertThat(client.get("/api/me", username, TestData.PASSWORD).status()).as("a right password too").isEqualTo(429);
        assertThat(Api.at(base).as(username, TestData.PASSWORD).get("/api/me").status()).as("from elsewhere").isEqualTo(200);

        var lockout = lockoutOf("ADDRESS", "127.0.0.23");
        assertThat(admin().delete("/api/admin/lockouts/" + lockout.getJsonNumber("id").longValue()).status()).isEqualTo(204);
        assertThat(client.get("/api/me", username, TestData.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_cached_basic_credential_stops_at_the_next_request_after_a_new_password() throws Exception {
        var username = testData.requester("Cache", "Password");
        var basic = Api.at(base).as(username, TestData.PASSWORD);
        assertThat(basic.get("/api/me").status()).isEqualTo(200);
        var hashed = passwords.verifications();

        assertThat(basic.get("/api/me").status()).isEqualTo(200);
        assertThat(passwords.verifications()).as("answered from the cache").isEqualTo(hashed);

        asAdmin.call(() -> {
            accounts.resetPassword(username, "a-new-password-8");
            return null;
        });

        assertThat(basic.get("/api/me").status()).isEqualTo(401);
        assertThat(Api.at(base).as(username, "a-new-password-8").get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void a_cached_basic_credential_stops_at_the_next_request_after_a_deactivation() throws Exception {
        var username = testData.requester("Cache", "Deactivated");
        var basic = Api.at(base).as(username, TestData.PASSWORD);
        assertThat(basic.get("/api/me").status()).isEqualTo(200);
        assertThat(basic.get("/api/me").status()).isEqualTo(200);

        asAdmin.call(() -> accounts.deactivate(username));

        assertThat(basic.get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void an_unknown_username_costs_one_password_hash_as_a_wrong_password_does() {
        var known = testData.requester("Hash", "Known");
        var before = passwords.verifications();

        assertThat(Api.at(base).as("nobody." + Unique.suffix(), "guess").get("/api/me").status()).isEqualTo(401);
        var afterUnknown = passwords.verifications();
        assertThat(Api.at(base).as(known, "guess").get("/api/me").status()).isEqualTo(401);

        assertThat(afterUnknown).isEqualTo(before + 1);
        assertThat(passwords.verifications()).isEqualTo(before + 2);
    }

    private JsonObject lockoutOf(String kind, String subject) {
        return admin().get("/api/admin/lockouts").array().stream().map(JsonObject.class::cast)
                .filter(l -> l.getString("kind").equals(kind) && l.getString("subject").equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no lockout of " + kind + " " + subject));
    }

    private Api admin() {
        return Api.at(base).as("admin");
    }
}
