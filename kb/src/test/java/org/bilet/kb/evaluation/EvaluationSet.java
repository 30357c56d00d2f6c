package org.bilet.kb.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bilet.kb.language.TextLanguage;

/** The labeled evaluation set of {@code src/test/resources/evaluation}, as its README describes it. */
public final class EvaluationSet {

    /** A ticket of the set: relevant to another ticket or a query when they share the problem. */
    public record Labeled(String id, String problem, TextLanguage language, String subject, String description, String resolution) {

        public boolean oneOff() {
            return problem.startsWith("oneoff-");
        }
    }

    private EvaluationSet() {
    }

    public static List<Labeled> tickets() {
        return lines("tickets.jsonl").stream()
                .map(json -> new Labeled(json.getString("id"), json.getString("problem"),
                        TextLanguage.ofCode(json.getString("language")).orElseThrow(), json.getString("subject"),
                        json.getString("description"), json.getString("resolution", "")))
                .toList();
    }

    public static List<JsonObject> lines(String file) {
        var stream = Objects.requireNonNull(EvaluationSet.class.getResourceAsStream("/evaluation/" + file), file);
        var lines = new ArrayList<JsonObject>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    try (var json = Json.createReader(new java.io.StringReader(line))) {
                        lines.add(json.readObject());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
