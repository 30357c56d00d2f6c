package org.bilet.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the demo's content files, which sit beside these classes. */
final class DemoJson {

    private DemoJson() {
    }

    static JsonObject read(String name) {
        try (var in = DemoJson.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The demo content " + name + " is missing from the package.");
            }
            try (var reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strings of an optional array member; an absent member is an empty list. */
    static List<String> strings(JsonObject object, String key) {
        if (!object.containsKey(key)) {
            return List.of();
        }
        return object.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
