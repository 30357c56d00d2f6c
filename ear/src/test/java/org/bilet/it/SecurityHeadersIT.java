package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every screen carries a Content-Security-Policy whose scripts need the page's nonce, which every
 * inline script of the page has (PrimeFaces moved inline event handlers into such scripts), and
 * may not be framed; the API answers carry a policy under which nothing runs.
 */
class SecurityHeadersIT extends ApiTestCase {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([^']+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    private static final List<String> ADMIN_PAGES = List.of("/admin/index.xhtml", "/admin/users.xhtml", "/admin/organizations.xhtml",
            "/admin/teams.xhtml", "/admin/categories.xhtml", "/admin/priorities.xhtml", "/admin/fields.xhtml",
            "/admin/responses.xhtml", "/admin/rules.xhtml", "/admin/sla.xhtml", "/admin/sla-calendars.xhtml", "/admin/audit.xhtml",
            "/admin/lockouts.xhtml");

    @Test
    void every_screen_has_the_policy_and_nothing_inline_runs_without_its_nonce() {
        var number = Json.number(signedIn("employee").post("/api/tickets",
                "{\"subject\":\"Headers\",\"description\":\"For the policy.\"}").json());
        var softly = new SoftAssertions();

        var visitor = FormSession.at(base);
        check(softly, "/login.xhtml", visitor.get("/login.xhtml"));
        check(softly, "a page that is not there", visitor.get("/nothing-here.xhtml"));
        check(softly, "a survey link", visitor.get("/survey/" + "A".repeat(43)));
        var article = Api.at(base).get("/api/kb/articles?q=guests").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id");
        for (var page : List.of("/kb/index.xhtml", "/kb/index.xhtml?q=printer", "/kb/article.xhtml?id=" + article)) {
            check(softly, page, visitor.get(page));
        }
        var employee = FormSession.signedIn(base, "employee");
        for (var page : List.of("/portal/tickets.xhtml", "/portal/new.xhtml", "/portal/ticket.xhtml?number=" + number)) {
            check(softly, page, employee.get(page));
        }
        var agent = FormSession.signedIn(base, "agent");
        for (var page : List.of("/desk/queue.xhtml", "/desk/ticket.xhtml?number=" + number, "/desk/search.xhtml?q=headers")) {
            check(softly, page, agent.get(page));
        }
        check(softly, "/desk/workload.xhtml", FormSession.signedIn(base, "manager").get("/desk/workload.xhtml"));
        var admin = FormSession.signedIn(base, "admin");
        ADMIN_PAGES.forEach(page -> check(softly, page, admin.get(page)));

        softly.assertAll();
    }

    @Test
    void api_answers_run_nothing_and_are_neither_sniffed_nor_framed() {
        var answer = signedIn("employee").get("/api/me");

        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'; sandbox");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(anonymous().get("/api/me").header("X-Content-Type-Options")).as("refusals too").isEqualTo("nosniff");
    }

    private static void check(SoftAssertions softly, String page, HttpResponse<String> answer) {
        var headers = answer.headers();
        var policy = headers.firstValue("Content-Security-Policy").orElse("");
        softly.assertThat(headers.allValues("Content-Security-Policy")).as(page + ": one policy").hasSize(1);
        softly.assertThat(policy).as(page).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                .doesNotContain("unsafe-eval");
        softly.assertThat(headers.firstValue("X-Frame-Options")).as(page).contains("DENY");
        softly.assertThat(headers.firstValue("X-Content-Type-Options")).as(page).contains("nosniff");
        softly.assertThat(headers.firstValue("Referrer-Policy")).as(page).contains("same-origin");

        var nonce = NONCE.matcher(policy);
        if (!nonce.find()) {
            softly.fail(page + ": no script nonce in " + policy);
            return;
        }
        var body = answer.body();
        var scripts = SCRIPT_TAG.matcher(body);
        while (scripts.find()) {
            var tag = scripts.group();
            if (!tag.contains(" src=")) {
                softly.assertThat(tag).as(page + ": inline script").contains("nonce=\"" + nonce.group(1) + "\"");
            }
        }
        var handler = INLINE_HANDLER.matcher(body);
        softly.assertThat(handler.find() ? handler.group() : null).as(page + ": inline event handler").isNull();
    }
}
