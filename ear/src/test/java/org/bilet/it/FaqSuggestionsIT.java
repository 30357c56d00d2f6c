package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FAQ suggestions through the API: a problem reported several times in other words becomes one
 * suggestion with all its tickets and a draft made of what solved it (never of an internal note);
 * a dismissed problem is not offered again until it has grown by half, an accepted one becomes a
 * draft article linked to its tickets, and one a published article answers is left out; only
 * editors see them.
 */
class FaqSuggestionsIT extends ApiTestCase {

    Api admin;
    Api editor;
    Api editor2;
    Api agent;
    Api employee;

    @BeforeEach
    void signIn() {
        admin = signedIn("admin");
        editor = signedIn("editor");
        editor2 = signedIn("editor2");
        agent = signedIn("agent");
        employee = signedIn("employee");
    }

    @Test
    void aRecurringProblemIsSuggestedWithItsTicketsAndADraftFromItsResolution() {
        var device = uniqueWord() + "shredder";
        var secret = device + "secretcontract";
        // Told alike, on a topic no other test has, so that they name the same concepts and only they do:
        // grouping weighs concepts far above a single word.
        var numbers = report(device, List.of(
                "The " + device + " makes a grinding noise when shredding",
                "The " + device + " makes a grinding noise when shredding since Monday",
                device + " makes a grinding noise when shredding",
                "Our " + device + " makes a grinding noise when shredding"));
        agent.post("/api/tickets/" + numbers.get(0) + "/messages", "{\"body\": \"Vendor " + secret + "\", \"internal\": true}");
        resolve(numbers.get(0), "Oiled the " + device + " cutting blades; the noise is gone.");

        var suggestion = suggestionWith(admin.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0)).orElseThrow();

        assertThat(suggestion.getJsonArray("ticketNumbers").getValuesAs(jakarta.json.JsonString::getString))
                .containsAll(numbers).hasSize(suggestion.getInt("size"));
        assertThat(suggestion.getJsonArray("languages").getString(0)).isEqualTo("en");
        assertThat(suggestion.getString("title").toLowerCase()).contains(device);
        var draft = suggestion.getJsonObject("draft");
        assertThat(draft.getString("body")).contains("Oiled the " + device + " cutting blades").doesNotContain(secret);
        assertThat(admin.get("/api/kb/faq-suggestions").json().getString("computedAt")).isNotBlank();
    }

    @Test
    void aDismissedProblemReturnsOnlyWhenItHasGrownByHalf() {
        var device = uniqueWord() + "laminator";
        var numbers = report(device, List.of(
                "The " + device + " burns the laminating pouches",
                "The " + device + " burns the laminating pouches again",
                device + " burns the laminating pouches",
                "Our " + device + " burns the laminating pouches"));
        var suggestion = suggestionWith(admin.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0)).orElseThrow();
        int size = suggestion.getInt("size");

        var dismissed = admin.post("/api/kb/faq-suggestions/" + suggestion.getJsonNumber("id") + "/dismiss", "");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(suggestionWith(dismissed.json(), numbers.get(0))).isEmpty();
        assertThat(suggestionWith(admin.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0))).isEmpty();
        assertThat(admin.post("/api/kb/faq-suggestions/" + suggestion.getJsonNumber("id") + "/dismiss", "").status()).isEqualTo(409);

        var more = new ArrayList<String>();
        for (int i = 0; more.size() + size < size * 3 / 2 + (size % 2); i++) {
            more.addAll(report(device, List.of("Today the " + device + " burns the laminating pouches " + i)));
        }
        assertThat(suggestionWith(admin.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0))).isPresent();
    }

    @Test
    void anEditorAcceptsASuggestionIntoADraftArticleLinkedToAllItsTickets() {
        var device = uniqueWord() + "beamer";
        var numbers = report(device, List.of(
                "The " + device + " shows no picture from my laptop",
                "The " + device + " shows no picture from my laptop today",
                device + " shows no picture from my laptop",
                "Our " + device + " shows no picture from my laptop"));
        resolve(numbers.get(1), "Switched the " + device + " input to HDMI 2.");
        var suggestion = suggestionWith(editor.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0)).orElseThrow();

        var accepted = editor.post("/api/kb/faq-suggestions/" + suggestion.getJsonNumber("id") + "/accept", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
        long article = accepted.json().getJsonNumber("articleId").longValue();
        assertThat(accepted.header("Location")).endsWith("/api/kb/articles/" + article);

        var draft = editor.get("/api/kb/articles/" + article + "/versions/1").json();
        assertThat(draft.getString("state")).isEqualTo("DRAFT");
        assertThat(draft.getString("title")).isEqualTo(suggestion.getJsonObject("draft").getString("title"));
        assertThat(draft.getString("body")).contains("Switched the " + device + " input to HDMI 2.");
        assertThat(editor.get("/api/kb/articles/" + article + "/tickets").json().getJsonArray("tickets")
                .getValuesAs(jakarta.json.JsonString::getString)).containsAll(numbers);
        assertThat(suggestionWith(editor.get("/api/kb/faq-suggestions").json(), numbers.get(0))).isEmpty();
        assertThat(editor.post("/api/kb/faq-suggestions/" + suggestion.getJsonNumber("id") + "/accept", "").status()).isEqualTo(409);
        assertThat(suggestionWith(editor.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0)))
                .as("an accepted problem is not offered again").isEmpty();
    }

    @Test
    void aProblemThatAPublishedArticleAnswersIsNotSuggested() {
        var device = uniqueWord() + "headset";
        var numbers = report(device, List.of(
                "The " + device + " microphone is not heard in calls",
                "Nobody hears me through the " + device + " microphone",
                device + " microphone silent in calls",
                "Calls do not pick up the " + device + " microphone"));
        assertThat(suggestionWith(editor.post("/api/kb/faq-suggestions/refresh", "").json(), numbers.get(0))).isPresent();

        var category = editor.post("/api/kb/categories", "{\"name\": " + Json.str("FAQ tests " + device) + "}").json().getJsonNumber("id");
        var created = editor.post("/api/kb/articles", "{\"category\": " + category + ", \"visibility\": \"EMPLOYEES\", \"language\": \"en\","
                + " \"title\": \"The " + device + " microphone is not heard in calls\", \"body\": \"<p>Nobody hears the " + device
                + " microphone in calls: choose it as the microphone of the call.</p>\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var id = created.json().getJsonNumber("id");
        assertThat(editor.post("/api/kb/articles/" + id + "/versions/1/submit", "").status()).isEqualTo(200);
        assertThat(editor2.post("/api/kb/articles/" + id + "/versions/1/approve", "").status()).isEqualTo(200);
        assertThat(admin.post("/api/kb/articles/" + id + "/publish", "{\"version\": 1}").status()).isEqualTo(200);

        long until = System.currentTimeMillis() + 5_000;
        var suggestions = editor.post("/api/kb/faq-suggestions/refresh", "").json();
        while (suggestionWith(suggestions, numbers.get(0)).isPresent() && System.currentTimeMillis() < until) {
            suggestions = editor.post("/api/kb/faq-suggestions/refresh", "").json();
        }
        assertThat(suggestionWith(suggestions, numbers.get(0))).isEmpty();
    }

    @Test
    void onlyEditorsSeeSuggestions() {
        assertThat(agent.get("/api/kb/faq-suggestions").status()).isEqualTo(403);
        assertThat(agent.post("/api/kb/faq-suggestions/1/accept", "").status()).isEqualTo(403);
        assertThat(employee.post("/api/kb/faq-suggestions/refresh", "").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/kb/faq-suggestions").status()).isEqualTo(401);
        assertThat(admin.post("/api/kb/faq-suggestions/999999999/dismiss", "").status()).isEqualTo(404);
        assertThat(admin.post("/api/kb/faq-suggestions/%3Cscript%3E/dismiss", "").status()).isEqualTo(400);
    }

    /** A word of letters only (so that no tokenizer splits it) that no other ticket uses. */
    private static String uniqueWord() {
        var word = new StringBuilder();
        for (char c : Json.uniqueTag().substring(3).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        return word.toString();
    }

    private List<String> report(String device, List<String> subjects) {
        var numbers = new ArrayList<String>();
        for (var subject : subjects) {
            numbers.add(employee.post("/api/tickets", "{\"subject\": \"" + subject + "\", \"description\": \"The " + device
                    + " on the third floor. " + subject + ".\", \"language\": \"en\"}").json().getString("number"));
        }
        return numbers;
    }

    private void resolve(String number, String resolution) {
        var etag = agent.get("/api/tickets/" + number).header("ETag");
        assertThat(agent.patch("/api/tickets/" + number, "{\"status\": \"RESOLVED\", \"resolution\": \"" + resolution + "\"}", etag)
                .status()).isEqualTo(200);
    }

    private static Optional<JsonObject> suggestionWith(JsonObject suggestions, String number) {
        return suggestions.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("ticketNumbers").getValuesAs(jakarta.json.JsonString::getString).contains(number))
                .findFirst();
    }
}
