package org.bilet.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The built-in texts (corpus.txt): service-desk problems, greetings, context sentences, replies
 * and resolutions in Polish, Lithuanian, Ukrainian, Russian, Italian and English, combined and
 * filled with small random details so that generated rows differ.
 */
final class Corpus {

    static final List<String> LANGUAGES = List.of("en", "pl", "lt", "uk", "ru", "it");

    /** A problem as a requester reports it, with the tags an agent would give it. */
    record Problem(String subject, String description, List<String> tags) {
    }

    /** Generated text of one ticket. */
    record Text(String language, String subject, String description, boolean html, List<String> tags) {
    }

    private final Map<String, List<Problem>> problems = new HashMap<>();
    private final Map<String, Map<String, List<String>>> phrases = new HashMap<>();

    private Corpus() {
    }

    static Corpus load() {
        var corpus = new Corpus();
        var stream = Objects.requireNonNull(Corpus.class.getResourceAsStream("corpus.txt"), "corpus.txt");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var parts = line.split("\\|");
                if (parts[1].equals("problem")) {
                    corpus.problems.computeIfAbsent(parts[0], l -> new ArrayList<>())
                            .add(new Problem(parts[2], parts[3], List.of(parts[4].split(","))));
                } else {
                    corpus.phrases.computeIfAbsent(parts[0], l -> new HashMap<>())
                            .computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return corpus;
    }

    /** The language a user writes in: their locale's when the corpus has it, otherwise any. */
    static String languageOf(String locale, RandomGenerator random) {
        var language = locale == null ? "" : locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(language) ? language : LANGUAGES.get(random.nextInt(LANGUAGES.size()));
    }

    /** A ticket's subject, description and tags in the given language. */
    Text ticket(String language, RandomGenerator random) {
        var list = problems.get(language);
        var problem = list.get(random.nextInt(list.size()));
        var subject = fill(problem.subject(), random);
        if (random.nextInt(100) < 25) {
            subject = subject + " (PC-" + (1000 + random.nextInt(9000)) + ")";
        }
        var parts = new ArrayList<String>();
        parts.add(pick(language, "greeting", random));
        parts.add(fill(problem.description(), random));
        int contexts = random.nextInt(3);
        for (int i = 0; i < contexts; i++) {
            parts.add(fill(pick(language, "context", random), random));
        }
        parts.add(pick(language, "closing", random));
        // About one description in twenty arrives as HTML (pasted from a mail client).
        boolean html = random.nextInt(100) < 5;
        String description = html
                ? "<p>" + String.join("</p><p>", parts.stream().map(Corpus::escape).toList()) + "</p>"
                : String.join("\n\n", parts);
        return new Text(language, subject, description, html, problem.tags());
    }

    /** A staff reply, a requester's follow-up, or a resolution note, in the given language. */
    String phrase(String language, String kind, RandomGenerator random) {
        return fill(pick(language, kind, random), random);
    }

    private String pick(String language, String kind, RandomGenerator random) {
        var list = phrases.get(language).get(kind);
        return list.get(random.nextInt(list.size()));
    }

    private static String fill(String text, RandomGenerator random) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        return text.replace("{n}", Integer.toString(2 + random.nextInt(9)))
                .replace("{room}", Integer.toString(100 + random.nextInt(500)))
                .replace("{code}", String.format("0x%08X", 0x80070000 + random.nextInt(0xFFFF)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
