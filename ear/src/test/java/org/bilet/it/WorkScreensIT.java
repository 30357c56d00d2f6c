package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The screens of notifications, time and workload as the server renders them for a signed-in
 * session (no browser needed): the bell and its count for staff only, the time panel of the
 * ticket screen, and the workload screen for managers, refused to agents.
 */
class WorkScreensIT extends ApiTestCase {

    @Test
    void staff_see_the_bell_with_their_unread_count_and_requesters_do_not() {
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
    void the_ticket_screen_shows_the_time_logged_and_a_form_to_log_more() {
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
    void managers_reach_the_workload_screen_from_the_menu_and_agents_are_refused() {
        var manager = session("manager").get("/desk/workload.xhtml");
        assertThat(manager.statusCode()).isEqualTo(200);
        assertThat(manager.body()).contains("id=\"nav-workload\"").contains("id=\"workload:agents\"")
                .contains("class=\"workload-bar\"");

        assertThat(session("agent").get("/desk/workload.xhtml").statusCode()).isEqualTo(403);
    }

    private FormSession session(String username) {
        return FormSession.signedIn(base, username);
    }
}
