package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.it.ProblemAssert.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Translations of what administrators define, through the administration API: given with a
 * priority, a category, a custom field (label and choices) and read back; left as they are by a
 * change that does not mention them, removed by an empty object; refused with a 400 naming the
 * field for an unknown language, a text too long, a choice the field does not have or a value of
 * the wrong type; audited; and changed by administrators only. Names carry a suffix of their own.
 */
class AdminTranslationsIT extends ApiTestCase {

    Api admin;
    String suffix;

    @BeforeEach
    void signIn() {
        admin = signedIn("admin");
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_priority_is_named_in_polish_and_ukrainian_kept_by_a_change_without_them_and_cleared_by_an_empty_object() {
        var code = "T" + suffix.toUpperCase().replaceAll("[^A-Z0-9]", "0");
        var taken = admin.get("/api/admin/priorities").array().getValuesAs(JsonObject.class).stream().map(p -> p.getInt("rank")).toList();
        var rank = IntStream.rangeClosed(500, 1000).map(r -> 1500 - r).filter(r -> !taken.contains(r)).findFirst().orElseThrow();
        var created = admin.post("/api/admin/priorities", """
                {"code": "%s", "name": "Blocking", "rank": %d, "resolutionHours": 4,
                 "translations": {"pl": " Blokujący ", "uk": "Блокувальний"}}""".formatted(code, rank));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        try {
            assertThat(texts(created.json())).as("stripped, in the languages' order").containsExactly(
                    Map.entry("pl", "Blokujący"), Map.entry("uk", "Блокувальний"));
            assertThat(created.json().getString("name")).as("the name as entered stays").isEqualTo("Blocking");
            assertThat(texts(admin.get("/api/admin/priorities/" + code).json())).containsEntry("uk", "Блокувальний");
            assertThat(admin.get("/api/priorities").array().getValuesAs(JsonObject.class).stream()
                    .filter(p -> p.getString("code").equals(code)).findFirst().orElseThrow().getString("name"))
                    .as("readers' API keeps the name as entered").isEqualTo("Blocking");

            var renamed = admin.put("/api/admin/priorities/" + code, """
                    {"name": "Blocker", "rank": %d, "resolutionHours": 4}""".formatted(rank), created.header("ETag"));
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            assertThat(texts(renamed.json())).as("not mentioned: kept").containsOnlyKeys("pl", "uk");

            var lithuanian = admin.put("/api/admin/priorities/" + code, """
                    {"name": "Blocker", "rank": %d, "resolutionHours": 4, "translations": {"lt": "Blokuojantis", "pl": ""}}"""
                    .formatted(rank), renamed.header("ETag"));
            assertThat(lithuanian.status()).as(lithuanian.toString()).isEqualTo(200);
            assertThat(texts(lithuanian.json())).as("the whole set is replaced; a blank one is none")
                    .containsExactly(Map.entry("lt", "Blokuojantis"));
            assertThat(audited("PRIORITY_CHANGED", code, "translations: pl: Blokujący, uk: Блокувальний → lt: Blokuojantis")).isTrue();

            var cleared = admin.put("/api/admin/priorities/" + code, """
                    {"name": "Blocker", "rank": %d, "resolutionHours": 4, "translations": {}}""".formatted(rank),
                    lithuanian.header("ETag"));
            assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
            assertThat(texts(cleared.json())).isEmpty();
        } finally {
            var now = admin.get("/api/admin/priorities/" + code);
            assertThat(admin.delete("/api/admin/priorities/" + code, now.header("ETag")).status()).isEqualTo(204);
        }
    }

    @Test
    void unknown_languages_long_texts_and_wrong_types_are_refused_naming_the_field() {
        var code = "U" + suffix.toUpperCase().replaceAll("[^A-Z0-9]", "0");
        var unknown = admin.post("/api/admin/priorities", """
                {"code": "%s", "name": "Odd", "rank": 990, "resolutionHours": 4, "translations": {"de": "Seltsam", "pl-PL": "Dziwny"}}"""
                .formatted(code));
        assertProblem(unknown, 400);
        assertThat(fields(unknown)).containsExactlyInAnyOrder("translations.de", "translations.pl-PL");
        assertThat(unknown.body()).contains("pl, lt, uk, ru, it");

        var tooLong = admin.post("/api/admin/categories", """
                {"key": "long-%s", "name": "Long", "translations": {"uk": "%s"}}""".formatted(suffix, "ї".repeat(201)));
        assertProblem(tooLong, 400);
        assertThat(fields(tooLong)).containsExactly("translations.uk");

        var notText = admin.post("/api/admin/categories", """
                {"key": "typed-%s", "name": "Typed", "translations": {"pl": {"name": "Typowany"}}}""".formatted(suffix));
        assertProblem(notText, 400);
        assertThat(fields(notText)).containsExactly("translations.pl");
        var notObject = admin.post("/api/admin/categories", """
                {"key": "typed-%s", "name": "Typed", "translations": ["pl", "Typowany"]}""".formatted(suffix));
        assertProblem(notObject, 400);
        assertThat(fields(notObject)).containsExactly("translations");

        var noSuchChoice = admin.post("/api/admin/custom-fields", """
                {"key": "size-%s", "label": "Size", "type": "CHOICE", "choices": ["S", "M"],
                 "choiceTranslations": {"XL": {"pl": "Bardzo duży"}, "S": {"xx": "?"}}}""".formatted(suffix));
        assertProblem(noSuchChoice, 400);
        assertThat(fields(noSuchChoice)).containsExactlyInAnyOrder("choiceTranslations.XL", "choiceTranslations.S.xx");

        assertProblem(admin.get("/api/admin/priorities/" + code), 404);
        assertProblem(admin.get("/api/admin/categories/long-" + suffix), 404);
        assertProblem(admin.get("/api/admin/custom-fields/size-" + suffix), 404);
    }

    @Test
    void a_category_and_a_custom_field_with_its_choices_are_translated() {
        var key = "gadgets-" + suffix;
        var category = admin.post("/api/admin/categories", """
                {"key": "%s", "name": "Gadgets %s", "translations": {"pl": "Gadżety %s", "uk": "Ґаджети %s"}}"""
                .formatted(key, suffix, suffix, suffix));
        assertThat(category.status()).as(category.toString()).isEqualTo(201);
        assertThat(texts(category.json())).containsExactly(Map.entry("pl", "Gadżety " + suffix), Map.entry("uk", "Ґаджети " + suffix));
        assertThat(audited("CATEGORY_CREATED", key, "translations: pl: Gadżety " + suffix)).isTrue();

        var field = "colour-" + suffix;
        var created = admin.post("/api/admin/custom-fields", """
                {"key": "%s", "label": "Colour", "type": "CHOICE", "choices": ["red", "blue"],
                 "translations": {"pl": "Kolor", "ru": "Цвет"},
                 "choiceTranslations": {"red": {"pl": "czerwony", "ru": "красный"}, "blue": {"pl": "niebieski"}}}""".formatted(field));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(texts(created.json())).containsEntry("ru", "Цвет");
        var choices = created.json().getJsonObject("choiceTranslations");
        assertThat(choices.getJsonObject("red").getString("ru")).isEqualTo("красный");
        assertThat(choices.getJsonObject("blue").getString("pl")).isEqualTo("niebieski");

        var fewer = admin.put("/api/admin/custom-fields/" + field, """
                {"label": "Colour", "type": "CHOICE", "choices": ["red", "green"]}""", created.header("ETag"));
        assertThat(fewer.status()).as(fewer.toString()).isEqualTo(200);
        assertThat(fewer.json().getJsonObject("choiceTranslations").keySet()).as("a choice removed takes its translations along")
                .containsExactly("red");
        assertThat(texts(fewer.json())).as("not mentioned: kept").containsEntry("pl", "Kolor");
        assertThat(audited("FIELD_CHANGED", field, "choice translations:")).isTrue();
        switchOff(field, "Colour", "CHOICE", fewer.header("ETag"));
    }

    /** Other tests list the active fields: one made here is switched off when done (tickets keep fields, so none is deleted). */
    private void switchOff(String field, String label, String type, String etag) {
        var off = admin.put("/api/admin/custom-fields/" + field, """
                {"label": "%s", "type": "%s", "choices": ["red", "green"], "active": false}""".formatted(label, type), etag);
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
    }

    @Test
    void a_custom_field_explains_itself_in_each_language_and_a_bad_help_is_refused_naming_it() {
        var field = "serial-help-" + suffix;
        var created = admin.post("/api/admin/custom-fields", """
                {"key": "%s", "label": "Serial number", "type": "TEXT", "help": "On the sticker under the laptop; it starts with SN.",
                 "helpTranslations": {"pl": "Na naklejce pod laptopem; zaczyna się od SN."}}""".formatted(field));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("help")).isEqualTo("On the sticker under the laptop; it starts with SN.");
        assertThat(created.json().getJsonObject("helpTranslations").getString("pl")).isEqualTo("Na naklejce pod laptopem; zaczyna się od SN.");
        assertThat(audited("FIELD_CREATED", field, "help: On the sticker")).isTrue();
        switchOff(field, "Serial number", "TEXT", created.header("ETag"));

        var tooLong = admin.post("/api/admin/custom-fields", """
                {"key": "long-help-%s", "label": "Asset", "type": "TEXT", "help": "%s"}""".formatted(suffix, "x".repeat(501)));
        assertProblem(tooLong, 400);
        assertThat(fields(tooLong)).containsExactly("help");
        assertThat(tooLong.body()).contains("500 characters");
        var unknownLanguage = admin.post("/api/admin/custom-fields", """
                {"key": "lang-help-%s", "label": "Asset", "type": "TEXT", "help": "Ask IT.", "helpTranslations": {"xx": "?"}}""".formatted(suffix));
        assertProblem(unknownLanguage, 400);
        assertThat(fields(unknownLanguage)).containsExactly("helpTranslations.xx");
        assertProblem(admin.get("/api/admin/custom-fields/long-help-" + suffix), 404);
    }

    @Test
    void a_canned_response_and_an_sla_policy_are_translated() {
        var title = "Password reset " + suffix;
        var response = admin.post("/api/admin/canned-responses", """
                {"title": "%s", "body": "Hello {requester.firstName}", "titleTranslations": {"pl": "Reset hasła %s"},
                 "bodyTranslations": {"pl": "Dzień dobry {requester.firstName}", "uk": "<p>Вітаю</p><script>x()</script>"}}"""
                .formatted(title, suffix));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().getJsonObject("titleTranslations").getString("pl")).isEqualTo("Reset hasła " + suffix);
        assertThat(response.json().getJsonObject("bodyTranslations").getString("pl")).isEqualTo("<p>Dzień dobry {requester.firstName}</p>");
        assertThat(response.json().getJsonObject("bodyTranslations").getString("uk")).as("sanitized as the body is")
                .isEqualTo("<p>Вітаю</p>");
        var at = "/api/admin/canned-responses/" + response.json().getJsonNumber("id").longValue();
        var unknown = admin.put(at, """
                {"title": "%s", "body": "Hello", "bodyTranslations": {"pl": "Cześć {boss.name}"}}""".formatted(title), response.header("ETag"));
        assertProblem(unknown, 400);
        assertThat(fields(unknown)).containsExactly("bodyTranslations.pl");
        var kept = admin.put(at, """
                {"title": "%s", "body": "Hello again"}""".formatted(title), response.header("ETag"));
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.json().getJsonObject("bodyTranslations").keySet()).as("not mentioned: kept").containsExactly("pl", "uk");
        assertThat(audited("CANNED_RESPONSE_CREATED", title, "title translations: pl: Reset hasła")).isTrue();

        var key = "gold-" + suffix;
        var policy = admin.post("/api/admin/sla-policies", """
                {"key": "%s", "name": "Gold", "position": 9000, "calendar": "always", "priority": "URGENT", "channel": "CHAT", "resolutionMinutes": 240,
                 "translations": {"pl": "Złoty", "ru": "Золотой"}}""".formatted(key));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(201);
        try {
            assertThat(texts(policy.json())).containsExactly(Map.entry("pl", "Złoty"), Map.entry("ru", "Золотой"));
            var tooLong = admin.put("/api/admin/sla-policies/" + key, """
                    {"name": "Gold", "position": 9000, "calendar": "always", "priority": "URGENT", "channel": "CHAT", "resolutionMinutes": 240,
                     "translations": {"it": "%s", "xx": "?"}}""".formatted("o".repeat(101)));
            assertProblem(tooLong, 400);
            assertThat(fields(tooLong)).containsExactlyInAnyOrder("translations.it", "translations.xx");
            assertThat(texts(admin.get("/api/admin/sla-policies/" + key).json())).as("nothing saved").containsOnlyKeys("pl", "ru");
        } finally {
            assertThat(admin.delete("/api/admin/sla-policies/" + key).status()).isEqualTo(204);
        }
    }

    @Test
    void editors_translate_knowledge_base_categories_and_readers_get_the_translations() {
        var editor = signedIn("editor");
        var created = editor.post("/api/kb/categories", """
                {"name": "Printing %s", "translations": {"pl": "Drukowanie %s", "uk": "Друк %s"}}""".formatted(suffix, suffix, suffix));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var id = created.json().getJsonNumber("id").longValue();
        assertThat(texts(created.json())).containsEntry("uk", "Друк " + suffix);
        var node = anonymous().get("/api/kb/categories").array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(texts(node)).as("the tree anyone reads").containsEntry("pl", "Drukowanie " + suffix);

        var renamed = editor.patch("/api/kb/categories/" + id, """
                {"name": "Print %s"}""".formatted(suffix), null);
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(texts(renamed.json())).as("not mentioned: kept").containsOnlyKeys("pl", "uk");
        var refused = editor.patch("/api/kb/categories/" + id, """
                {"translations": {"fr": "Impression"}}""", null);
        assertProblem(refused, 400);
        assertThat(fields(refused)).containsExactly("translations.fr");
        assertProblem(signedIn("agent").patch("/api/kb/categories/" + id, """
                {"translations": {"pl": "Druk"}}""", null), 403);
        assertProblem(signedIn("employee").post("/api/kb/categories", """
                {"name": "Mine", "translations": {"pl": "Moje"}}"""), 403);
        assertThat(editor.delete("/api/kb/categories/" + id).status()).isEqualTo(204);
    }

    @Test
    void only_administrators_change_translations() {
        var normal = admin.get("/api/admin/priorities/NORMAL");
        var body = """
                {"name": "Normal", "rank": 2, "resolutionHours": 72, "isDefault": true, "translations": {"pl": "Zwykły"}}""";
        assertProblem(signedIn("agent").put("/api/admin/priorities/NORMAL", body, normal.header("ETag")), 403);
        assertProblem(signedIn("manager").put("/api/admin/priorities/NORMAL", body, normal.header("ETag")), 403);
        assertProblem(signedIn("employee").post("/api/admin/categories", """
                {"key": "mine-%s", "name": "Mine", "translations": {"pl": "Moje"}}""".formatted(suffix)), 403);
        assertThat(admin.get("/api/admin/priorities/NORMAL").header("ETag")).as("unchanged").isEqualTo(normal.header("ETag"));
    }

    private static Map<String, String> texts(JsonObject definition) {
        var texts = new LinkedHashMap<String, String>();
        definition.getJsonObject("translations").forEach((language, text) -> texts.put(language, ((JsonString) text).getString()));
        return texts;
    }

    private boolean audited(String kind, String subject, String summaryPart) {
        var page = admin.get("/api/admin/audit?kind=" + kind + "&actor=admin&size=200");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("subject").equals(subject) && e.getString("summary").contains(summaryPart));
    }

    private static List<String> fields(Api.Response problem) {
        assertThat(problem.contentType()).as(problem.toString()).startsWith("application/problem+json");
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }
}
