package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Search through the API: tickets are found by inflected words typed without diacritics, in the
 * language detected for them, shortly after each change; requesters find only their own tickets and
 * never an internal note, not even through a facet count.
 */
class SearchIT extends ApiTestCase {

    Api agent;
    Api employee;
    Api employee2;

    @BeforeEach
    void signIn() {
        agent = signedIn("agent");
        employee = signedIn("employee");
        employee2 = signedIn("employee2");
    }

    @Test
    void aPolishTicketIsFoundByOtherFormsOfItsWordsWithoutDiacritics() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var number = employee.post("/api/tickets", "{\"subject\": \"Żółty ekran na laptopie " + word + "\","
                + " \"description\": \"Drukarki na drugim piętrze nie drukują od rana.\"}").json().getString("number");

        assertThat(employee.get("/api/tickets/" + number).json().getString("language")).isEqualTo("pl");
        var found = awaitSearch(agent, "zolty ekran " + word, hasNumber(number));
        assertThat(numbers(found)).contains(number);
        var hit = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("number").equals(number)).findFirst().orElseThrow();
        var title = hit.getString("title");
        assertThat(hit.getJsonObject("highlights").getJsonArray("title").getValuesAs(JsonObject.class).stream()
                .map(h -> title.substring(h.getInt("start"), h.getInt("end")))).contains("Żółty", "ekran", word);
        assertThat(numbers(awaitSearch(agent, "nie dziala drukarka " + word, hasNumber(number)))).contains(number);
    }

    /**
     * In each language: the language is detected from the text, and other forms of its words, typed
     * without diacritics, find it. Each search is such a form and a word unique to the test: a
     * search of two words needs both, so the unique word cannot find the ticket alone (as the last
     * search, with a word the ticket does not have, shows).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pl | Drukarka nie drukuje żadnych dokumentów | Od rana drukarka na drugim piętrze nic nie drukuje. | drukarki dokumentow",
        "lt | Spausdintuvas nespausdina dokumentų | Nuo ryto spausdintuvas antrame aukšte nieko nespausdina. | spausdintuvo dokumentu",
        "uk | Принтер не друкує жодних документів | Від ранку принтер на другому поверсі нічого не друкує. | принтера документи",
        "ru | Принтер не печатает никаких документов | С утра принтер на втором этаже ничего не печатает. | принтеры документ",
        "it | La stampante non stampa nessun documento | Da stamattina la stampante al secondo piano non stampa niente. | stampanti documenti",
        "en | The printer prints no documents at all | Since this morning the printer on the second floor prints nothing. | printing document"})
    void eachLanguageIsDetectedAndFoundByOtherFormsWithoutDiacritics(String language, String subject, String description, String query) {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var number = employee.post("/api/tickets", "{\"subject\": \"" + subject + " " + word + "\", \"description\": \""
                + description + "\"}").json().getString("number");

        assertThat(employee.get("/api/tickets/" + number).json().getString("language")).isEqualTo(language);
        for (var form : query.split(" ")) {
            assertThat(numbers(awaitSearch(agent, form + " " + word, hasNumber(number)))).as(form).contains(number);
        }
        assertThat(numbers(agent.get(search("kalendarz " + word)).json())).doesNotContain(number);
    }

    @Test
    void aReplyAndTheLanguageGivenOnCreateAreSearchable() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var number = employee.post("/api/tickets", "{\"subject\": \"Принтер " + word + "\", \"description\": \"Не друкує.\","
                + " \"language\": \"uk\"}").json().getString("number");
        agent.post("/api/tickets/" + number + "/messages", "{\"body\": \"Замінили картридж " + word + "z, перевірте будь ласка.\"}");

        assertThat(employee.get("/api/tickets/" + number).json().getString("language")).isEqualTo("uk");
        assertThat(numbers(awaitSearch(employee, "картриджа " + word + "z", hasNumber(number)))).containsExactly(number);
    }

    @Test
    void requestersFindOnlyTheirOwnTicketsAndNeverAnInternalNote() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var secret = word + "secret";
        var mine = employee.post("/api/tickets", "{\"subject\": \"Monitor flickers " + word + "\", \"description\": \"d\"}")
                .json().getString("number");
        var theirs = employee2.post("/api/tickets", "{\"subject\": \"Monitor flickers " + word + "\", \"description\": \"d\"}")
                .json().getString("number");
        agent.post("/api/tickets/" + mine + "/messages", "{\"body\": \"Vendor contract " + secret + "\", \"internal\": true}");

        assertThat(numbers(awaitSearch(agent, secret, hasNumber(mine)))).containsExactly(mine);
        var both = awaitSearch(agent, "monitor " + word, r -> numbers(r).size() == 2);
        assertThat(numbers(both)).containsExactlyInAnyOrder(mine, theirs);

        var employeeView = employee.get(search("monitor " + word)).json();
        assertThat(numbers(employeeView)).containsExactly(mine);
        assertThat(employeeView.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(employeeView.getJsonObject("facets").getJsonObject("status").values().stream()
                .mapToLong(v -> ((jakarta.json.JsonNumber) v).longValue()).sum()).isEqualTo(1);
        assertThat(numbers(employee.get(search(secret)).json())).isEmpty();
        assertThat(employee.get(search("monitor " + word)).body()).doesNotContain(secret);
    }

    @Test
    void aColleagueWhoWatchesFindsTheWatchedTicketAndOneWhoDoesNotFindsNothing() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var secret = word + "quota";
        var watched = employee.post("/api/tickets", "{\"subject\": \"Scanner jams " + word + "\", \"description\": \"d\"}")
                .json().getString("number");
        var watcher = signedIn("a.zielinska");
        var colleague = signedIn("r.kazlauskiene");
        assertThat(agent.post("/api/tickets/" + watched + "/watchers", "{\"username\": \"a.zielinska\"}").status()).isEqualTo(200);
        agent.post("/api/tickets/" + watched + "/messages", "{\"body\": \"File server " + secret + "\", \"internal\": true}");
        awaitSearch(agent, secret, hasNumber(watched));

        assertThat(numbers(awaitSearch(watcher, "scanner " + word, hasNumber(watched)))).containsExactly(watched);
        assertThat(numbers(watcher.get(search(secret)).json())).as("never by an internal note").isEmpty();
        assertThat(numbers(colleague.get(search("scanner " + word)).json())).isEmpty();
    }

    @Test
    void filtersAndFacetsNarrowTheResults() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var urgent = agent.post("/api/tickets", "{\"subject\": \"Server room alarm " + word + "\", \"description\": \"Beeping\","
                + " \"priority\": \"URGENT\", \"requester\": \"employee\"}").json().getString("number");
        var normal = agent.post("/api/tickets", "{\"subject\": \"Server room light " + word + "\", \"description\": \"Dim\","
                + " \"requester\": \"employee\"}").json().getString("number");

        awaitSearch(agent, "server " + word, r -> numbers(r).size() == 2);
        var onlyUrgent = agent.get(search("server " + word) + "&priority=URGENT").json();
        assertThat(numbers(onlyUrgent)).containsExactly(urgent).doesNotContain(normal);
        assertThat(agent.get(search("server " + word)).json().getJsonObject("facets").getJsonObject("priority")
                .getJsonNumber("URGENT").longValue()).isEqualTo(1);
    }

    @Test
    void badSearchesGetAClearAnswer() {
        assertThat(agent.get("/api/search?q=").status()).isEqualTo(400);
        assertThat(agent.get(search("x".repeat(10_000))).status()).isEqualTo(400);
        assertThat(agent.get(search("x") + "&status=LOST").json().toString()).contains("status is one of");
        assertThat(agent.get(search("x") + "&sort=sideways").status()).isEqualTo(400);
        for (var odd : List.of("\"unbalanced", "a AND (b", "title:x", "*", "-", "+-\"~*()|", "\\", "a~2^3")) {
            var answer = agent.get(search(odd));
            assertThat(answer.status()).as(odd).isEqualTo(200);
        }
        assertThat(numbers(agent.get(search("printer") + "&page=100000").json())).isEmpty();
        assertThat(anonymous().get(search("printer")).status()).isEqualTo(401);
    }

    @Test
    void administratorsRebuildTheIndexAndFollowItsProgress() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var number = employee.post("/api/tickets", "{\"subject\": \"Keyboard " + word + "\", \"description\": \"Keys stick\"}")
                .json().getString("number");
        var admin = signedIn("admin");

        assertThat(agent.post("/api/admin/search/reindex", "").status()).isEqualTo(403);
        var started = admin.post("/api/admin/search/reindex", "");
        assertThat(started.status()).isEqualTo(202);
        JsonObject progress = started.json();
        long until = System.currentTimeMillis() + 60_000;
        while (progress.getBoolean("running") && System.currentTimeMillis() < until) {
            progress = admin.get("/api/admin/search/reindex").json();
        }
        assertThat(progress.getBoolean("running")).isFalse();
        assertThat(progress.containsKey("failure")).isFalse();
        assertThat(progress.getJsonNumber("done").longValue()).isPositive()
                .isEqualTo(progress.getJsonNumber("total").longValue());
        assertThat(numbers(awaitSearch(employee, "keyboard " + word, hasNumber(number)))).containsExactly(number);
    }

    @Test
    void similarTicketsAndSuggestionsComeFromWhatTheReaderMaySee() {
        var word = Json.uniqueTag().replaceAll("[^a-z0-9]", "");
        var first = employee.post("/api/tickets", "{\"subject\": \"Scanner " + word + " sends no e-mail\","
                + " \"description\": \"The scanner on the second floor stopped sending scans to e-mail.\"}").json().getString("number");
        var second = employee.post("/api/tickets", "{\"subject\": \"Scans " + word + " never arrive by e-mail\","
                + " \"description\": \"Scanning to e-mail from the second floor scanner does nothing.\"}").json().getString("number");
        var theirs = employee2.post("/api/tickets", "{\"subject\": \"Scanner " + word + " sends no e-mail\","
                + " \"description\": \"The scanner stopped sending scans to e-mail.\"}").json().getString("number");
        var version = Json.etagOf(agent.get("/api/tickets/" + second));
        assertThat(agent.patch("/api/tickets/" + second, "{\"status\": \"RESOLVED\", \"resolution\": \"Renewed the SMTP password " + word + ".\"}",
                version).status()).isEqualTo(200);
        awaitSearch(agent, "scanner " + word, r -> numbers(r).size() == 3);

        var forAgent = agent.get("/api/tickets/" + first + "/similar?limit=5").json();
        assertThat(numbers(forAgent)).contains(second, theirs).doesNotContain(first);
        assertThat(forAgent.getJsonArray("items").get(0).asJsonObject().keySet()).containsExactlyInAnyOrder("number", "subject", "status", "score");
        assertThat(numbers(employee.get("/api/tickets/" + first + "/similar").json())).contains(second).doesNotContain(first, theirs);
        assertThat(employee2.get("/api/tickets/" + first + "/similar").status()).isEqualTo(404);

        // Suggestions list knowledge-base articles first; the solved tickets follow them.
        var suggested = employee.get("/api/kb/suggest?text=" + URLEncoder.encode("scanner " + word + " does not send e-mail", StandardCharsets.UTF_8)).json();
        assertThat(numbers(tickets(suggested))).startsWith(second).doesNotContain(first, theirs);
        assertThat(tickets(suggested).getJsonArray("items").get(0).asJsonObject().getString("snippet")).contains("SMTP password");
        assertThat(numbers(tickets(employee2.get("/api/kb/suggest?text=scanner%20" + word).json()))).doesNotContain(first, second, theirs);
        assertThat(agent.get("/api/tickets/" + first + "/similar?limit=500").status()).isEqualTo(400);
    }

    /** The suggestions that are tickets. */
    private static JsonObject tickets(JsonObject suggestions) {
        var items = jakarta.json.Json.createArrayBuilder();
        suggestions.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(item -> item.getString("type").equals("ticket")).forEach(items::add);
        return jakarta.json.Json.createObjectBuilder().add("items", items).build();
    }

    private static String search(String text) {
        return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonObject awaitSearch(Api api, String text, Predicate<JsonObject> done) {
        return IndexWait.until(api, search(text), done);
    }

    private static Predicate<JsonObject> hasNumber(String number) {
        return result -> numbers(result).contains(number);
    }

    private static List<String> numbers(JsonObject result) {
        return result.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("number")).toList();
    }
}
