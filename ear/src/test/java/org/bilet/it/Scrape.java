package org.bilet.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One read of the Prometheus endpoint on the test server's management interface, as a scraper
 * reads it: the samples of the text format, each a name, its labels and a value.
 */
record Scrape(List<Sample> samples) {

    /** A sample line: {@code name{label="value",…} 1.0}. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})?\\s+(\\S+).*");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\",?");

    /** The endpoint of the test server: its management port, on the loopback address. */
    static URI endpoint() {
        return URI.create("http://127.0.0.1:" + System.getProperty("bilet.it.management.port", "10090") + "/metrics");
    }

    static HttpResponse<String> fetch() {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Scrape now() {
        var response = fetch();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("metrics answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    static Scrape parse(String text) {
        var samples = new ArrayList<Sample>();
        for (var line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var sample = SAMPLE.matcher(line.strip());
            if (!sample.matches()) {
                throw new IllegalStateException("not a sample: " + line);
            }
            var labels = new LinkedHashMap<String, String>();
            if (sample.group(2) != null) {
                var label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return new Scrape(samples);
    }

    /** The samples of this name whose labels include these ({@code "key", "value", …}). */
    List<Sample> of(String name, String... labels) {
        return samples.stream().filter(s -> s.name().equals(name)).filter(s -> {
            for (int i = 0; i < labels.length; i += 2) {
                if (!labels[i + 1].equals(s.labels().get(labels[i]))) {
                    return false;
                }
            }
            return true;
        }).toList();
    }

    /** The sum of those samples; 0 when there is none (a counter not incremented yet has no series). */
    double sum(String name, String... labels) {
        return of(name, labels).stream().mapToDouble(Sample::value).sum();
    }
}
