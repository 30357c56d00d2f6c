package org.bilet.demo;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scenarios of scenarios.json, by language, in file order. */
final class Scenarios {

    static final String RESOURCE = "scenarios.json";

    private Scenarios() {
    }

    static Map<String, List<Scenario>> load() {
        return parse(DemoJson.read(RESOURCE));
    }

    static Map<String, List<Scenario>> parse(JsonObject root) {
        var byLanguage = new LinkedHashMap<String, List<Scenario>>();
        root.forEach((language, scenarios) -> byLanguage.put(language,
                scenarios.asJsonArray().getValuesAs(JsonObject.class).stream().map(s -> scenario(language, s)).toList()));
        return byLanguage;
    }

    private static Scenario scenario(String language, JsonObject json) {
        var conversation = new ArrayList<Scenario.Line>();
        for (var line : json.getJsonArray("conversation").getValuesAs(JsonObject.class)) {
            if (line.size() != 1) {
                throw new IllegalStateException(json.getString("key") + ": each conversation line names one speaker");
            }
            var speaker = line.keySet().iterator().next();
            conversation.add(new Scenario.Line(Scenario.Speaker.valueOf(speaker.toUpperCase(Locale.ROOT)), line.getString(speaker)));
        }
        if (conversation.isEmpty() || conversation.get(0).speaker() != Scenario.Speaker.AGENT) {
            // The first staff reply is what opens a ticket; the script relies on it.
            throw new IllegalStateException(json.getString("key") + ": a conversation starts with the agent's reply");
        }
        return new Scenario(language, json.getString("key"), json.getString("category"), json.getString("priority"),
                DemoJson.strings(json, "tags"), DemoJson.strings(json, "fields"), json.getString("gender", null),
                json.getString("subject"), json.getString("description"), List.copyOf(conversation),
                json.getString("hold"), json.getString("resolution"));
    }
}
