package org.bilet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bilet.tickets.Tags;
import org.junit.jupiter.api.Test;

class ScenariosTest {

    private static final Map<String, List<Scenario>> SCENARIOS = Scenarios.load();

    @Test
    void everyLanguageHasAtLeastEightScenarios() {
        assertThat(SCENARIOS).containsOnlyKeys(DemoTickets.LANGUAGES);
        DemoTickets.LANGUAGES.forEach(language -> assertThat(SCENARIOS.get(language)).as(language).hasSizeGreaterThanOrEqualTo(8));
    }

    @Test
    void noTextIsBlank() {
        all().forEach(scenario -> {
            texts(scenario).forEach(text -> assertThat(text).as(scenario.key()).isNotBlank());
            assertThat(scenario.conversation()).as(scenario.key()).hasSizeBetween(1, 4);
            assertThat(scenario.subject().length()).as(scenario.key()).isLessThanOrEqualTo(200);
        });
    }

    @Test
    void keysAreUniqueAndNamedForTheirLanguage() {
        var keys = new HashSet<String>();
        all().forEach(scenario -> {
            assertThat(keys.add(scenario.key())).as("duplicate " + scenario.key()).isTrue();
            assertThat(scenario.key()).startsWith(scenario.language() + "-");
        });
    }

    @Test
    void ukrainianAndRussianAreNotMixedUp() {
        // Letters that Ukrainian has and Russian lacks, and the other way round.
        SCENARIOS.get("uk").forEach(s -> assertThat(s.subject() + s.description()).as(s.key()).containsPattern("[іїєґ]"));
        SCENARIOS.get("ru").forEach(s -> texts(s).forEach(text -> assertThat(text).as(s.key()).doesNotContainPattern("[іїєґІЇЄҐ]")));
        SCENARIOS.get("uk").forEach(s -> texts(s).forEach(text -> assertThat(text).as(s.key()).doesNotContainPattern("[ыэъЫЭЪ]")));
    }

    @Test
    void everyScenarioFitsTheCatalog() {
        var catalog = DemoJson.read(DemoCatalog.RESOURCE);
        var categories = new HashSet<String>();
        catalog.getJsonArray("categories").getValuesAs(JsonObject.class).forEach(root -> {
            categories.add(root.getString("key"));
            root.getJsonArray("children").getValuesAs(JsonObject.class).forEach(child -> categories.add(child.getString("key")));
        });
        var fields = catalog.getJsonArray("customFields").getValuesAs(JsonObject.class).stream().map(f -> f.getString("key")).toList();
        all().forEach(scenario -> {
            assertThat(categories).as(scenario.key()).contains(scenario.category());
            assertThat(fields).as(scenario.key()).containsAll(scenario.fields());
            assertThat(scenario.priority()).as(scenario.key()).isIn("LOW", "NORMAL", "HIGH", "URGENT");
            assertThatCode(() -> Tags.normalize(scenario.tags())).as(scenario.key()).doesNotThrowAnyException();
        });
    }

    @Test
    void theStoryOfTheDemoRequesterCoversWhatARequesterSees() {
        var story = DemoJson.read(DemoPeople.RESOURCE).getJsonObject("story");
        var chapters = story.getJsonArray("tickets").getValuesAs(JsonObject.class);
        var keys = all().map(Scenario::key).toList();
        chapters.forEach(chapter -> assertThat(keys).contains(chapter.getString("scenario")));
        assertThat(chapters).extracting(chapter -> chapter.getString("status"))
                .contains("NEW", "OPEN", "WAITING", "ON_HOLD", "RESOLVED", "CLOSED");
    }

    @Test
    void everyScenarioHasARequesterWhoSpeaksItsLanguage() {
        var json = DemoJson.read(DemoPeople.RESOURCE);
        var storyteller = json.getJsonObject("story").getString("requester");
        var people = json.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .filter(p -> DemoJson.strings(p, "roles").equals(List.of("REQUESTER")))
                .filter(p -> !p.getString("username").equals(storyteller))
                .toList();
        all().forEach(scenario -> assertThat(people).as(scenario.key())
                .anyMatch(p -> p.getString("locale").equals(scenario.language()) && scenario.fits(p.getString("gender"))));
    }

    private static Stream<Scenario> all() {
        return SCENARIOS.values().stream().flatMap(List::stream);
    }

    private static Stream<String> texts(Scenario scenario) {
        return Stream.concat(Stream.of(scenario.subject(), scenario.description(), scenario.hold(), scenario.resolution()),
                scenario.conversation().stream().map(Scenario.Line::text));
    }
}
