package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The screens of notifications, time and workload as the server renders them for a signed-in
 * session (no browser needed): the bell and its count for staff only, the time panel of the
 * ticket screen, and the workload screen for managers, refused to agents.
 */
class WorkScreensIT extends ApiTestCase {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Test
    void staff_see_the_bell_with_their_unread_count_and_requesters_do_not() throws Exception {
        var number = Json.number(signedIn("employee").post("/api/tickets",
                "{\"subject\":\"Bell rings\",\"description\":\"For the bell.\"}").json());
        var ticket = signedIn("agent2").get("/api/tickets/" + number);
        var assigned = signedIn("agent2").patch("/api/tickets/" + number, "{\"assignee\":\"agent\"}", ticket.header("ETag"));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        long unread = signedIn("agent").get("/api/me/notifications").json().getJsonNumber("unread").longValue();
        assertThat(unread).isPositive();

        var queue = session("agent").get("/desk/queue.xhtml");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("id=\"bell:toggle\"")
                .contains("<span class=\"bell-badge\" aria-hidden=\"true\">" + unread + "</span>")
                .doesNotContain("id=\"nav-workload\"");

        assertThat(session("employee").get("/portal/tickets.xhtml").body()).doesNotContain("bell:toggle");
    }

    @Test
    void the_ticket_screen_shows_the_time_logged_and_a_form_to_log_more() throws Exception {
        var number = Json.number(signedIn("employee").post("/api/tickets",
                "{\"subject\":\"Time panel\",\"description\":\"For the time panel.\"}").json());
        signedIn("agent").post("/api/tickets/" + number + "/time-entries", "{\"minutes\":20,\"note\":\"<b>bold</b> move\"}");

        var page = session("agent").get("/desk/ticket.xhtml?number=" + number);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"time:minutes\"").contains("id=\"time:log\"")
                .contains("Total: 20 min")
                .contains("&lt;b&gt;bold&lt;/b&gt; move").doesNotContain("<b>bold</b> move");
    }

    @Test
    void managers_reach_the_workload_screen_from_the_menu_and_agents_are_refused() throws Exception {
        var manager = session("manager").get("/desk/workload.xhtml");
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains("id=\"nav-workload\"").contains("id=\"workload:agents\"")
                .contains("class=\"workload-bar\"");

        assertThat(session("agent").get("/desk/workload.xhtml").statusCode()).isEqualTo(403);
    }

    /** A browser-like session signed in through the form, its cookie kept. */
    private Session session(String username) throws Exception {
        var session = new Session(base.toURI());
        var form = session.get("/login.xhtml");
        var state = VIEW_STATE.matcher(form.body());
        assertThat(state.find()).as("the sign-in form has a view state").isTrue();
        var signedIn = session.post("/login.xhtml", "login=login&login%3Ausername=" + encode(username)
                + "&login%3Apassword=" + encode(Api.DEMO_PASSWORD) + "&login%3AsignIn=&jakarta.faces.ViewState=" + encode(state.group(1)));
        assertThat(signedIn.uri().getPath()).as("signed in as " + username).doesNotEndWith("/login.xhtml");
        return session;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Session(URI base, HttpClient http) {

        Session(URI base) {
            this(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html").header("Accept-Language", "en");
        }
    }
}
