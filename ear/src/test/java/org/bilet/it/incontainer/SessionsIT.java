package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import java.net.URL;
import org.bilet.admin.UserAccounts;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.FormSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions exist only after the sign-in form: API calls open none, the id changes at sign-in,
 * signing out ends it, and revoking a token, deactivating the user or a new password end it at
 * its next request. Each test signs in a user of its own.
 */
@ExtendWith(ArquillianExtension.class)
class SessionsIT {

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

    @Test
    void an_api_call_opens_no_session_whatever_its_credentials() {
        var username = testData.requester("Stella", "Less");
        var basic = Api.at(base).as(username, TestData.PASSWORD);
        var issued = basic.post("/api/me/tokens", "{\"name\":\"script\"}");
        var bearer = Api.at(base).withToken(issued.json().getString("token"));

        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.header("Set-Cookie")).isNull();
        assertThat(basic.get("/api/me").header("Set-Cookie")).isNull();
        assertThat(bearer.get("/api/me").header("Set-Cookie")).isNull();
        assertThat(bearer.post("/api/tickets", "{\"subject\":\"Stateless\",\"description\":\"No session.\"}").header("Set-Cookie")).isNull();
        assertThat(anonymousWithCookie("made-up").get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void the_session_of_the_form_serves_the_api_until_a_token_is_revoked_then_the_session_and_every_token_end() {
        var username = testData.requester("Rhea", "Voke");
        var session = FormSession.signedIn(base, username, TestData.PASSWORD);
        var basic = Api.at(base).as(username, TestData.PASSWORD);
        var leaked = basic.post("/api/me/tokens", "{\"name\":\"leaked\"}").json();
        var other = Api.at(base).withToken(basic.post("/api/me/tokens", "{\"name\":\"other\"}").json().getString("token"));
        assertThat(session.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(other.get("/api/me").status()).isEqualTo(200);

        var revoked = basic.delete("/api/me/tokens/" + leaked.getJsonObject("info").getJsonNumber("id").longValue());

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(session.get("/portal/tickets.xhtml").uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(other.get("/api/me").status()).isEqualTo(401);
        assertThat(basic.get("/api/me/tokens").array()).isEmpty();
    }

    @Test
    void deactivating_a_user_ends_their_session_at_its_next_request() throws Exception {
        var username = testData.requester("Dee", "Activated");
        var session = FormSession.signedIn(base, username, TestData.PASSWORD);
        assertThat(session.get("/portal/tickets.xhtml").uri().getPath()).isEqualTo("/portal/tickets.xhtml");

        asAdmin.call(() -> accounts.deactivate(username));

        assertThat(session.get("/portal/tickets.xhtml").uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void a_new_password_ends_the_sessions_begun_with_the_old_one() throws Exception {
        var username = testData.requester("Paz", "Sword");
        var before = FormSession.signedIn(base, username, TestData.PASSWORD);

        asAdmin.call(() -> {
            accounts.resetPassword(username, "a-new-password-7");
            return null;
        });

        assertThat(before.get("/portal/tickets.xhtml").uri().getPath()).isEqualTo("/login.xhtml");
        var after = FormSession.signedIn(base, username, "a-new-password-7");
        assertThat(after.get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_id_changes_at_sign_in_so_an_id_planted_before_is_worth_nothing() {
        var username = testData.requester("Fix", "Ation");
        var session = FormSession.at(base);
        session.get("/login.xhtml");
        var planted = session.sessionId();

        session.signIn(username, TestData.PASSWORD);

        assertThat(planted).isNotNull();
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(planted);
        assertThat(session.get("/api/me").statusCode()).isEqualTo(200);
        assertThat(anonymousWithCookie(planted).get("/api/me").status()).isEqualTo(401);
    }

    @Test
    void signing_out_invalidates_the_session() {
        var username = testData.requester("Otto", "Signed");
        var session = FormSession.signedIn(base, username, TestData.PASSWORD);
        var id = session.sessionId();
        var page = session.get("/portal/tickets.xhtml").body();

        var signedOut = session.post("/portal/tickets.xhtml", "account=account&account%3AsignOut=account%3AsignOut"
                + "&jakarta.faces.ViewState=" + FormSession.encode(FormSession.viewStateOf(page)));

        assertThat(signedOut.uri().getPath()).isEqualTo("/login.xhtml");
        assertThat(anonymousWithCookie(id).get("/api/me").status()).isEqualTo(401);
    }

    /** A client that sends only this session cookie. */
    private Api anonymousWithCookie(String sessionId) {
        return Api.at(base).withCookie(FormSession.COOKIE + "=" + sessionId);
    }
}
