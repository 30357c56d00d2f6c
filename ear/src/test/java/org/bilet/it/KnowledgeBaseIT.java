package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertProblem;
import static org.bilet.it.ProblemAssert.detailOf;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base through the API: an article's review from draft to readers, a new draft that
 * leaves the published text alone, translations and the fallback to the original language, who
 * reads what (also without signing in), feedback and deflections, search and suggestions that
 * show only what the reader may read, and hostile input. Each test makes its own category and
 * articles.
 */
class KnowledgeBaseIT extends ApiTestCase {

    Api editor;
    Api editor2;
    Api admin;
    Api employee;
    Api agent;
    long category;

    @BeforeEach
    void prepare() {
        editor = signedIn("editor");
        editor2 = signedIn("editor2");
        admin = signedIn("admin");
        employee = signedIn("employee");
        agent = signedIn("agent");
        var created = editor.post("/api/kb/categories", "{\"name\": " + Json.str("Tests " + Json.uniqueTag()) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        category = created.json().getJsonNumber("id").longValue();
    }

    @Test
    void aDraftIsReviewedByAnotherEditorAndPublishedByAnAdministrator() {
        var id = create("PUBLIC", "pl", "Drukarka w recepcji " + Json.uniqueTag(), "<p>Wyłącz i włącz.</p>");
        var article = "/api/kb/articles/" + id;
        assertThat(state(editor.get(article + "/versions/1"))).isEqualTo("DRAFT");
        assertThat(anonymous().get(article).status()).as("nothing published yet").isEqualTo(404);

        assertThat(state(editor.post(article + "/versions/1/submit", ""))).isEqualTo("IN_REVIEW");
        assertThat(detailOf(editor.post(article + "/versions/1/approve", ""), 403)).contains("you cannot approve it");
        assertThat(state(editor2.post(article + "/versions/1/approve", ""))).isEqualTo("APPROVED");
        assertThat(detailOf(editor.post(article + "/publish", "{\"language\": \"pl\"}"), 403)).contains("Only administrators publish");
        var published = admin.post(article + "/publish", "{\"language\": \"pl\"}");
        assertThat(state(published)).isEqualTo("PUBLISHED");
        assertThat(published.json().getString("reviewedBy")).isEqualTo("editor2");
        assertThat(published.json().getString("publishedBy")).isEqualTo("admin");
        assertThat(anonymous().get(article).json().getString("title")).startsWith("Drukarka w recepcji");
    }

    @Test
    void aNewDraftLeavesThePublishedVersionToReadersUntilItIsPublished() {
        var id = published("PUBLIC", "en", "Toner low " + Json.uniqueTag(), "<p>Order a cartridge.</p>");
        var article = "/api/kb/articles/" + id;

        var draft = editor.post(article + "/versions", "{\"language\": \"en\", \"changeNote\": \"Where to order\"}");
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json().getInt("number")).isEqualTo(2);
        assertThat(draft.json().getString("body")).as("copied from the published text").contains("Order a cartridge");
        var edited = editor.put(article + "/versions/2", "{\"title\": \"Toner low: order it online\", \"body\": \"<p>Use the portal.</p>\"}");
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(employee.get(article).json().getString("title")).startsWith("Toner low " );
        assertThat(employee.get(article).json().getString("title")).isNotEqualTo("Toner low: order it online");
        assertThat(editor.get(article + "/versions").array().stream().map(v -> v.asJsonObject().getString("state")).toList())
                .containsExactly("PUBLISHED", "DRAFT");

        assertThat(detailOf(admin.post(article + "/publish", "{\"version\": 2}"), 409))
                .isEqualTo("Version 2 (en) is DRAFT: only a version that is APPROVED can be published.");
        reviewAndPublish(id, 2);

        assertThat(employee.get(article).json().getString("title")).isEqualTo("Toner low: order it online");
        assertThat(editor.get(article + "/versions").array().stream().map(v -> v.asJsonObject().getString("state")).toList())
                .containsExactly("ARCHIVED", "PUBLISHED");
    }

    @Test
    void readersGetTheirLanguageOrTheOriginalWithTheFallbackFlag() {
        var id = published("EMPLOYEES", "en", "Badge reader " + Json.uniqueTag(), "<p>Hold the badge still.</p>");
        var article = "/api/kb/articles/" + id;
        var translation = editor2.put(article + "/translations/lt", "{\"title\": \"Kortelių skaitytuvas\", \"body\": \"<p>Laikykite kortelę.</p>\"}");
        assertThat(translation.status()).as(translation.toString()).isEqualTo(200);
        var number = translation.json().getInt("number");
        assertThat(state(editor2.post(article + "/versions/" + number + "/submit", ""))).isEqualTo("IN_REVIEW");
        assertThat(state(editor.post(article + "/versions/" + number + "/approve", ""))).isEqualTo("APPROVED");
        assertThat(state(admin.post(article + "/publish", "{\"language\": \"lt\"}"))).isEqualTo("PUBLISHED");

        var lithuanian = employee.get(article + "?lang=lt").json();
        assertThat(lithuanian.getString("language")).isEqualTo("lt");
        assertThat(lithuanian.getBoolean("fallback")).isFalse();
        assertThat(lithuanian.getString("title")).isEqualTo("Kortelių skaitytuvas");
        var ukrainian = employee.send(employee.request(article).header("Accept-Language", "uk-UA,uk;q=0.9").GET()).json();
        assertThat(ukrainian.getString("language")).isEqualTo("en");
        assertThat(ukrainian.getBoolean("fallback")).isTrue();
        assertThat(ukrainian.getString("requestedLanguage")).isEqualTo("uk");
        assertThat(employee.send(employee.request(article).header("Accept-Language", "lt, en;q=0.5").GET()).json()
                .getString("language")).isEqualTo("lt");
        assertThat(employee.get(article + "/translations/lt").json().getString("title")).isEqualTo("Kortelių skaitytuvas");
        assertProblem(employee.get(article + "/translations/uk"), 404);
        assertThat(employee.get(article).json().getJsonArray("languages").stream().map(Object::toString).toList())
                .containsExactly("\"lt\"", "\"en\"");
    }

    @Test
    void eachReaderReadsOnlyWhatTheyMay() {
        var word = Json.uniqueTag();
        var open = published("PUBLIC", "en", "Open " + word, "<p>For everyone.</p>");
        var employees = published("EMPLOYEES", "en", "Employees " + word, "<p>For employees.</p>");
        var staff = published("STAFF", "en", "Staff " + word, "<p>For staff.</p>");

        assertThat(anonymous().get("/api/kb/articles/" + open).status()).isEqualTo(200);
        var signIn = anonymous().get("/api/kb/articles/" + employees);
        assertProblem(signIn, 401);
        assertThat(signIn.header("WWW-Authenticate")).contains("Basic");
        assertProblem(anonymous().get("/api/kb/articles/" + staff), 401);
        assertThat(employee.get("/api/kb/articles/" + employees).status()).isEqualTo(200);
        assertProblem(employee.get("/api/kb/articles/" + staff), 404);
        assertThat(agent.get("/api/kb/articles/" + staff).status()).isEqualTo(200);

        assertThat(ids(anonymous().get("/api/kb/articles?size=100&category=" + category).json())).containsExactly(open);
        assertThat(ids(employee.get("/api/kb/articles?size=100&category=" + category).json())).containsExactly(employees, open);
        assertThat(anonymous().get("/api/kb/categories").status()).isEqualTo(200);
        assertProblem(anonymous().get("/api/kb/articles/" + open + "/versions"), 401);
        assertProblem(anonymous().post("/api/kb/articles/" + open + "/feedback", "{\"helpful\": true}"), 401);
        assertProblem(anonymous().post("/api/kb/categories", "{\"name\": \"Anonymous\"}"), 401);
        assertProblem(employee.post("/api/kb/articles", "{}"), 403);
        assertProblem(employee.get("/api/kb/articles/" + open + "/versions"), 403);
    }

    @Test
    void feedbackAndDeflectionsAreCounted() {
        var id = published("EMPLOYEES", "it", "Casella piena " + Json.uniqueTag(), "<p>Svuota il cestino.</p>");
        var article = "/api/kb/articles/" + id;
        employee.get(article);

        assertThat(employee.post(article + "/feedback", "{\"helpful\": true}").status()).isEqualTo(204);
        assertThat(signedIn("employee2").post(article + "/feedback", "{\"helpful\": false, \"comment\": \"Which folder?\"}").status())
                .isEqualTo(204);
        assertThat(fields(employee.post(article + "/feedback", "{\"helpful\": true, \"comment\": " + Json.str("x".repeat(2001)) + "}")))
                .containsExactly("comment");
        assertThat(fields(employee.post(article + "/feedback", "{\"comment\": \"no vote\"}"))).containsExactly("helpful");
        assertThat(employee.post(article + "/deflections", "").status()).isEqualTo(204);
        // One vote per reader: employee2 thinks again, employee says the same twice.
        assertThat(signedIn("employee2").post(article + "/feedback", "{\"helpful\": true, \"comment\": \"Found it.\"}").status())
                .isEqualTo(204);
        assertThat(signedIn("employee2").post(article + "/feedback", "{\"helpful\": false, \"comment\": \"Which folder?\"}").status())
                .isEqualTo(204);
        assertThat(employee.post(article + "/feedback", "{\"helpful\": true}").status()).isEqualTo(204);

        var counts = editor.get(article + "/feedback").json();
        assertThat(counts.getJsonNumber("helpfulYes").longValue()).isEqualTo(1);
        assertThat(counts.getJsonNumber("helpfulNo").longValue()).isEqualTo(1);
        assertThat(counts.getJsonNumber("deflections").longValue()).isEqualTo(1);
        assertThat(counts.getJsonNumber("views").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(counts.getJsonArray("comments")).hasSize(1);
        assertThat(counts.getJsonArray("comments").getJsonObject(0).getString("comment")).isEqualTo("Which folder?");
        assertProblem(employee.get(article + "/feedback"), 403);
    }

    @Test
    void searchFindsInflectedWordsWithoutDiacriticsAndOnlyWhatTheReaderMayRead() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var polish = published("PUBLIC", "pl", "Drukarki na drugim piętrze nie drukują " + word,
                "<p>Żółta lampka miga na drukarce; wyjmij zaciętą kartkę z podajnika.</p>");
        var secret = word + "staff";
        // Not a topic of the demo's articles (its staff runbook is about the print spooler), so that this one is the most alike.
        var staff = published("STAFF", "en", "Badge encoder firmware " + secret, "<p>Flash the firmware of the badge encoder.</p>");

        assertThat(ids(awaitArticles(employee, "drukarka " + word, hasId(polish)))).contains(polish);
        assertThat(ids(awaitArticles(employee, "zolta lampka " + word, hasId(polish)))).contains(polish);
        assertThat(ids(awaitArticles(agent, "encoder " + secret, hasId(staff)))).containsExactly(staff);
        var hit = employee.get(search("drukarka " + word)).json().getJsonArray("items").getJsonObject(0);
        assertThat(hit.getString("type")).isEqualTo("article");
        assertThat(hit.keySet()).contains("id", "title", "snippet", "score");

        assertThat(ids(employee.get(search("encoder " + secret)).json())).isEmpty();
        assertThat(employee.get(search("encoder " + secret)).json().getJsonNumber("total").longValue()).isZero();
        assertThat(ids(anonymous().get("/api/kb/articles?q=" + encode("drukarki " + word)).json())).containsExactly(polish);
        assertThat(ids(anonymous().get("/api/kb/articles?q=" + encode("encoder " + secret)).json())).isEmpty();

        var suggestedToStaff = agent.get("/api/kb/suggest?text=" + encode("the badge encoder firmware " + secret + " is outdated")).json();
        assertThat(articleIds(suggestedToStaff)).startsWith(staff);
        assertThat(suggestedToStaff.getJsonArray("items").getJsonObject(0).getString("type")).isEqualTo("article");
        var suggestedToRequester = employee.get("/api/kb/suggest?text=" + encode("the badge encoder firmware " + secret + " is outdated")).json();
        assertThat(articleIds(suggestedToRequester)).doesNotContain(staff);
        assertThat(employee.get("/api/kb/suggest?text=" + encode("encoder " + secret)).body()).doesNotContain(secret);
    }

    @Test
    void hostileInputGetsAClearRefusal() {
        var tooLong = editor.post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": \"PUBLIC\", \"language\": \"en\","
                + " \"title\": " + Json.str("x".repeat(10_000)) + ", \"body\": \"b\"}");
        assertThat(fields(tooLong)).containsExactly("title");
        assertThat(tooLong.json().getString("detail")).contains("200 characters at most");

        var german = editor.post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": \"PUBLIC\", \"language\": \"de\","
                + " \"title\": \"Drucker\", \"body\": \"b\"}");
        assertThat(detailOf(german, 400)).contains("pl, lt, uk, ru, it, en");
        assertThat(detailOf(editor.post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": \"SECRET\","
                + " \"language\": \"en\", \"title\": \"t\", \"body\": \"b\"}"), 400)).contains("PUBLIC, EMPLOYEES, STAFF");
        assertProblem(employee.get("/api/kb/articles/1?lang=xx"), 400);
        assertProblem(editor.post("/api/kb/articles", "{\"title\": "), 400);

        var id = create("PUBLIC", "en", "Script " + Json.uniqueTag(), "<p>Fine</p><script>alert('x')</script><a href=\"javascript:alert(1)\" onclick=\"x()\">link</a>");
        var stored = editor.get("/api/kb/articles/" + id + "/versions/1").json().getString("body");
        assertThat(stored).contains("Fine").doesNotContain("<script", "javascript:", "onclick");

        editor.post("/api/kb/articles/" + id + "/versions/1/submit", "");
        assertThat(detailOf(editor.post("/api/kb/articles/" + id + "/versions/1/submit", ""), 409))
                .isEqualTo("Version 1 (en) is IN_REVIEW: only a version that is DRAFT can be submitted for review.");
        assertThat(detailOf(editor.put("/api/kb/articles/" + id + "/versions/1", "{\"title\": \"t\", \"body\": \"b\"}"), 409))
                .contains("only a version that is DRAFT can be edited");
        assertProblem(editor.get("/api/kb/articles/abc"), 404);
        assertProblem(editor.get("/api/kb/articles/99999999999/versions/1"), 404);
        assertProblem(editor.get("/api/kb/articles/" + id + "/versions/7"), 404);
        assertProblem(editor.patch("/api/kb/articles/" + id, "{\"visibility\": \"STAFF\"}", null), 428);
        assertProblem(editor.patch("/api/kb/articles/" + id, "{\"visibility\": \"STAFF\"}", "\"12345\""), 412);
        assertThat(fields(editor.post("/api/kb/articles/" + id + "/tickets", "{\"tickets\": [\"BIL-999999999\", \"nonsense\"]}")))
                .containsExactly("tickets[0]", "tickets[1]");
    }

    @Test
    void metadataChangesWithTheArticlesETag() {
        var id = published("PUBLIC", "en", "Metadata " + Json.uniqueTag(), "<p>Body</p>");
        var other = published("PUBLIC", "en", "Related " + Json.uniqueTag(), "<p>Body</p>");
        var read = employee.get("/api/kb/articles/" + id);
        var details = editor.patch("/api/kb/articles/" + id, "{\"visibility\": \"EMPLOYEES\", \"tags\": [\"Printer\", \"toner\"],"
                + " \"related\": [" + other + "]}", read.header("ETag"));
        assertThat(details.status()).as(details.toString()).isEqualTo(200);
        assertThat(details.json().getString("visibility")).isEqualTo("EMPLOYEES");
        assertThat(details.json().getJsonArray("tags").toString()).isEqualTo("[\"printer\",\"toner\"]");
        assertThat(employee.get("/api/kb/articles/" + id).json().getJsonArray("related").getJsonObject(0).getJsonNumber("id").longValue())
                .isEqualTo(other);
        assertThat(employee.get("/api/kb/articles/" + other).json().getJsonArray("related").getJsonObject(0).getJsonNumber("id").longValue())
                .as("the relation shows on the other article too").isEqualTo(id);
        assertThat(anonymous().get("/api/kb/articles/" + other).json().getJsonArray("related"))
                .as("an employees' article is not named to visitors").isEmpty();
        assertProblem(editor.patch("/api/kb/articles/" + id, "{\"visibility\": \"STAFF\"}", read.header("ETag")), 412);

        var ticket = agent.post("/api/tickets", "{\"subject\": \"Toner\", \"description\": \"Low\", \"requester\": \"employee\"}")
                .json().getString("number");
        var linked = agent.post("/api/kb/articles/" + id + "/tickets", "{\"tickets\": [" + Json.str(ticket) + "]}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        assertThat(agent.get("/api/kb/articles/" + id + "/tickets").json().getJsonArray("tickets").getString(0)).isEqualTo(ticket);
        assertProblem(employee.get("/api/kb/articles/" + id + "/tickets"), 403);
        assertThat(agent.delete("/api/kb/articles/" + id + "/tickets/" + ticket).json().getJsonArray("tickets")).isEmpty();
    }

    // ---- helpers

    private long create(String visibility, String language, String title, String body) {
        var created = editor.post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": " + Json.str(visibility)
                + ", \"language\": " + Json.str(language) + ", \"title\": " + Json.str(title) + ", \"body\": " + Json.str(body) + "}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private long published(String visibility, String language, String title, String body) {
        var id = create(visibility, language, title, body);
        reviewAndPublish(id, 1);
        return id;
    }

    private void reviewAndPublish(long id, int number) {
        var version = "/api/kb/articles/" + id + "/versions/" + number;
        assertThat(state(editor.post(version + "/submit", ""))).isEqualTo("IN_REVIEW");
        assertThat(state(editor2.post(version + "/approve", ""))).isEqualTo("APPROVED");
        assertThat(state(admin.post("/api/kb/articles/" + id + "/publish", "{\"version\": " + number + "}"))).isEqualTo("PUBLISHED");
    }

    private static String state(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getString("state");
    }

    private static List<String> fields(Api.Response response) {
        assertProblem(response, 400);
        return response.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }

    private static List<Long> ids(JsonObject result) {
        return result.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> articleIds(JsonObject suggestions) {
        return suggestions.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(item -> item.getString("type").equals("article")).map(item -> item.getJsonNumber("id").longValue()).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String search(String text) {
        return "/api/search?type=article&q=" + encode(text);
    }

    private static JsonObject awaitArticles(Api api, String text, Predicate<JsonObject> done) {
        return IndexWait.until(api, search(text), done);
    }

    private static Predicate<JsonObject> hasId(long id) {
        return result -> ids(result).contains(id);
    }
}
