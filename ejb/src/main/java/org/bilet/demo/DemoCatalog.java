package org.bilet.demo;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bilet.catalog.Category;
import org.bilet.catalog.CustomFieldDefinition;
import org.bilet.catalog.CustomFieldType;
import org.bilet.catalog.Priority;
import org.bilet.people.Team;
import org.bilet.platform.Problems;
import org.bilet.translations.Translations;

/**
 * Creates the category tree and custom fields of catalog.json, with the categories' names in other
 * languages; the priorities come with the schema, the demo names them in other languages too.
 */
final class DemoCatalog {

    static final String RESOURCE = "catalog.json";

    /** What tickets are classified by. Priorities are in rank order, lowest first. */
    record Result(Map<String, Category> categories, Map<String, CustomFieldDefinition> fields, List<Priority> priorities) {

        Category category(String key) {
            var category = categories.get(key);
            if (category == null) {
                throw new IllegalStateException("The demo catalog has no category " + key);
            }
            return category;
        }

        Priority priority(String code) {
            return priorities.stream().filter(p -> p.code().equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("There is no priority " + code));
        }
    }

    private final EntityManager em;
    private final Map<String, Team> teams;

    DemoCatalog(EntityManager em, Map<String, Team> teams) {
        this.em = em;
        this.teams = teams;
    }

    Result create() {
        var json = DemoJson.read(RESOURCE);
        var categories = new LinkedHashMap<String, Category>();
        for (var root : json.getJsonArray("categories").getValuesAs(JsonObject.class)) {
            var parent = category(root, null, categories);
            if (root.containsKey("children")) {
                root.getJsonArray("children").getValuesAs(JsonObject.class).forEach(child -> category(child, parent, categories));
            }
        }
        var fields = new LinkedHashMap<String, CustomFieldDefinition>();
        for (var field : json.getJsonArray("customFields").getValuesAs(JsonObject.class)) {
            // None is required: a required field would break API clients that do not know it.
            var definition = new CustomFieldDefinition(field.getString("key"), field.getString("label"),
                    CustomFieldType.valueOf(field.getString("type")), DemoJson.strings(field, "choices"), false);
            em.persist(definition);
            fields.put(definition.key(), definition);
        }
        askForFields(json.getJsonArray("categories").getValuesAs(JsonObject.class), categories, fields);
        var priorities = em.createNamedQuery(Priority.ALL, Priority.class).getResultList();
        var priorityNames = json.getJsonObject("priorityTranslations");
        priorities.stream().filter(p -> priorityNames.containsKey(p.code()))
                .forEach(p -> p.translate(translations(priorityNames.getJsonObject(p.code()))));
        return new Result(categories, fields, priorities);
    }

    private static void askForFields(List<JsonObject> nodes, Map<String, Category> categories,
                                     Map<String, CustomFieldDefinition> fields) {
        for (var node : nodes) {
            DemoJson.strings(node, "fields").forEach(key -> categories.get(node.getString("key")).askFor(fields.get(key)));
            if (node.containsKey("children")) {
                askForFields(node.getJsonArray("children").getValuesAs(JsonObject.class), categories, fields);
            }
        }
    }

    /** Checked as an administrator's would be: a mistake in the demo's file stops the demo. */
    private static Translations translations(JsonObject json) {
        var texts = new LinkedHashMap<String, String>();
        json.forEach((language, text) -> texts.put(language, ((JsonString) text).getString()));
        var problems = new Problems();
        var translations = Translations.check("translations", texts, 200, problems);
        problems.throwIfAny();
        return translations;
    }

    private Category category(JsonObject json, Category parent, Map<String, Category> categories) {
        var team = json.containsKey("team") ? teams.get(json.getString("team")) : null;
        if (json.containsKey("team") && team == null) {
            throw new IllegalStateException("The demo has no team " + json.getString("team"));
        }
        var category = new Category(json.getString("key"), json.getString("name"), parent, team);
        if (json.containsKey("translations")) {
            category.translate(translations(json.getJsonObject("translations")));
        }
        em.persist(category);
        categories.put(category.key(), category);
        return category;
    }
}
