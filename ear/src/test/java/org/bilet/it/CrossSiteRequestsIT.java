package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A page of another site cannot change anything with the cookie of a signed-in user: browsers
 * say where a request comes from (Sec-Fetch-Site, Origin), and Bilet refuses changes from
 * elsewhere, on the API, the screens and the sign-in form. Programs send neither and go on.
 */
class CrossSiteRequestsIT extends ApiTestCase {

    private static final String[] FROM_ANOTHER_SITE = {"Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"};
    private static final byte[] FILE = "not what you think".getBytes(StandardCharsets.UTF_8);

    @Test
    void another_site_cannot_upload_a_file_into_an_employees_ticket_with_their_session_cookie() {
        var employee = signedIn("employee");
        var number = Json.number(employee.post("/api/tickets", "{\"subject\":\"Printer\",\"description\":\"Jammed.\"}").json());
        var session = FormSession.signedIn(base, "employee");
        var attachments = "/api/tickets/" + number + "/attachments";

        var forged = session.upload(attachments, FILE, "forged.html", FROM_ANOTHER_SITE);
        var olderBrowser = session.upload(attachments, FILE, "forged.html", "Origin", "https://evil.example");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Bilet does not accept changes sent from another site.");
        assertThat(olderBrowser.statusCode()).isEqualTo(403);
        assertThat(employee.get(attachments).array()).isEmpty();
    }

    @Test
    void bilets_own_pages_and_programs_still_change_things() {
        var employee = signedIn("employee");
        var number = Json.number(employee.post("/api/tickets", "{\"subject\":\"Scanner\",\"description\":\"Dusty.\"}").json());
        var session = FormSession.signedIn(base, "employee");
        var attachments = "/api/tickets/" + number + "/attachments";

        var ownPage = session.upload(attachments, FILE, "page.txt", "Origin", origin(), "Sec-Fetch-Site", "same-origin");
        var program = employee.upload(attachments, FILE, "text/plain", "script.txt");

        assertThat(ownPage.statusCode()).isEqualTo(201);
        assertThat(program.status()).isEqualTo(201);
        assertThat(employee.get(attachments).array()).extracting(a -> a.asJsonObject().getString("fileName"))
                .containsExactly("page.txt", "script.txt");
    }

    @Test
    void the_sign_in_form_refuses_a_post_from_another_site() {
        var visitor = FormSession.at(base);

        var forged = visitor.signIn("employee", Api.DEMO_PASSWORD, FROM_ANOTHER_SITE);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(visitor.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(visitor.signIn("employee", Api.DEMO_PASSWORD, "Origin", origin()).uri().getPath())
                .isEqualTo("/portal/tickets.xhtml");
    }

    @Test
    void a_screen_form_posted_from_another_site_is_refused() {
        var session = FormSession.signedIn(base, "employee");
        var signOut = "account=account&account%3AsignOut=account%3AsignOut&jakarta.faces.ViewState="
                + FormSession.encode(FormSession.viewStateOf(session.get("/portal/tickets.xhtml").body()));

        var forged = session.post("/portal/tickets.xhtml", signOut, FROM_ANOTHER_SITE);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).as("says why, not that a role is missing")
                .contains("Bilet accepts changes only from its own pages").doesNotContain("Your role");
        assertThat(session.get("/api/me").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(session.post("/portal/tickets.xhtml", signOut, "Sec-Fetch-Site", "same-origin").uri().getPath())
                .isEqualTo("/login.xhtml");
    }

    @Test
    void the_session_cookie_is_kept_from_scripts_and_from_other_sites_posts() {
        var cookie = anonymous().get("/login.xhtml").header("Set-Cookie");

        assertThat(cookie).startsWith(FormSession.COOKIE + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax").as("not over https").doesNotContainIgnoringCase("Secure");
    }

    /** The origin of the server the tests talk to, as a browser on one of its pages would send it. */
    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }
}
