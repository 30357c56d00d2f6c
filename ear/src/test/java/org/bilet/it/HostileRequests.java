package org.bilet.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hostile variations of a valid request, drawn from a seeded {@link Random} so that every run sends
 * the same ones: values of the wrong type, out of range, empty, huge, half a character, nested too
 * deep; members removed, doubled or unknown; text cut short, with garbage inside or after it, not
 * UTF-8, not JSON at all; odd Content-Type and Accept headers. Members named in {@code fixed} keep
 * their value, so that a test can keep what it sends from changing the server for other tests
 * (an invalid zone makes sure no calendar is created, say) while everything else is varied.
 */
final class HostileRequests {

    /** JSON text put where a value was; some of it is no JSON at all. */
    private static final List<String> VALUES = List.of(
            "null", "true", "false", "0", "-0", "-1", "1.5", "2147483648", "-9223372036854775809", "1e400", "-1E-400",
            "1e99999999999", "1".repeat(120), "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
            "\"\\ud83d\\ude00 emoji\"", "\"\u202Egnp.exe\"", "\"<script>alert(1)</script>\"", "\"' OR 1=1 --\"",
            "\"${jndi:ldap://127.0.0.1/a}\"", "\"%s%s%n\"", "\"../../etc/passwd\"", "\"a\\r\\nBcc: someone@example.com\"",
            "\"" + "x".repeat(70_000) + "\"", "\"FAX\"", "\"phone\"", "\"ON_HOLD\"", "\"RESOLVED\"", "\"9999-99-99\"",
            "\"+10000-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"2026-12-24T08:00:00Z\"", "\"25:99\"",
            "\"+10000-01-01\"", "\"MONDAY\"", "\"Mars/Olympus\"", "\"employee\"", "\"no-such-thing\"", "\"HIGH\"",
            "[]", "[null]", "[1,\"a\",{}]", "[\"a\",\"a\"]", "[\"" + "t".repeat(300) + "\"]", "{}", "{\"\":\"\"}",
            "{\"a\":{\"b\":{\"c\":[]}}}", "{\"affected-users\":12}", "[".repeat(100) + "]".repeat(100),
            "NaN", "Infinity", "'single'", "\"unterminated", "tru", "01", "+1", ".5", "0x10", "\"\\x41\"");

    /** Whole bodies that stand for nothing the API takes. */
    private static final List<String> BODIES = List.of(
            "", " ", "\n", "true", "123", "\"str\"", "null", "[]", "{}", "[{}]", "{\"\":{}}", "{", "[", "}", "{}}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(5000) + "1" + "}".repeat(5000), "{\"a\":NaN}",
            "{\"a\":Infinity}", "{a:1}", "{'a':1}", "{\"a\":1,}", "/* comment */ {}", "\u0000", "{}\u0000",
            "<xml/>", "a=1&b=2", "--boundary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--boundary--");

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json; charset=utf-8", "application/json; charset=UTF-16", "application/json; charset=bogus",
            "application/json; charset=\"utf-8\"", "application/merge-patch+json", "application/json-patch+json",
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=boundary",
            "foo", "", "application/json;;;", "*/*", "application/*", "application/json; q=0.5; a", "application/problem+json");

    private static final List<String> ACCEPTS = List.of(
            "application/xml", "text/html", "foo", "*/*", "application/problem+json", "text/plain;q=0", "application/json;q=x",
            "text/html, application/xhtml+xml", "");

    private static final String PLACEHOLDER = "\u00a7value-";

    private final Random random;

    HostileRequests(long seed) {
        this.random = new Random(seed);
    }

    /** A hostile variation of the body: mostly of its members, often of its text, sometimes nothing like it. */
    byte[] body(JsonStructure valid, Set<String> fixed) {
        var roll = random.nextInt(100);
        if (roll < 12) {
            return BODIES.get(random.nextInt(BODIES.size())).getBytes(StandardCharsets.UTF_8);
        }
        if (roll < 15) {
            return encodedOddly(valid.toString());
        }
        var raw = new ArrayList<String>();
        JsonStructure mutated = valid;
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutated = mutate(mutated, fixed, raw);
        }
        var text = withValues(mutated.toString(), raw);
        return (roll < 40 ? mangled(text) : text).getBytes(StandardCharsets.UTF_8);
    }

    /** A Content-Type: JSON mostly, else anything. */
    String contentType() {
        return random.nextInt(100) < 75 ? "application/json" : pick(CONTENT_TYPES);
    }

    /** An Accept header, or null for the client's usual one. */
    String accept() {
        return random.nextInt(100) < 85 ? null : pick(ACCEPTS);
    }

    /** An If-Match header: the current ETag mostly, else a weak, unquoted, foreign or malformed one, or none. */
    String ifMatch(String current) {
        var roll = random.nextInt(100);
        if (roll < 70 || current == null) {
            return current;
        }
        return pick(List.of("W/" + current, current.replace("\"", ""), "*", "\"abc\"", current + ", \"1\"", "\"007\"",
                "\"" + "9".repeat(40) + "\"", "", "\"", "W/", "\"-1\""));
    }

    /** A path segment a client should never send where an id or a key goes. */
    String segment() {
        return pick(List.of("0", "-1", "99999999999999999999", "abc", "%ff", "%00", "..", "%2e%2e", "BIL-%ff", "a%20b",
                "x".repeat(300), "1e3", "%c3%28", "null"));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private JsonStructure mutate(JsonStructure body, Set<String> fixed, List<String> raw) {
        var pointers = new ArrayList<String>();
        collect(body, "", fixed, pointers);
        if (pointers.isEmpty()) {
            return body;
        }
        var pointer = pointers.get(random.nextInt(pointers.size()));
        var target = body.getValue(pointer.isEmpty() ? "" : pointer);
        var roll = random.nextInt(100);
        if (roll < 15 && !pointer.isEmpty()) {
            return Json.createPointer(pointer).remove(body);
        }
        if (roll < 30 && target instanceof JsonObject) {
            return Json.createPointer(pointer + "/unknown" + random.nextInt(1000)).add(body, placeholder(raw));
        }
        if (pointer.isEmpty()) {
            return body;
        }
        return Json.createPointer(pointer).replace(body, placeholder(raw));
    }

    /** Every value's pointer, the members in fixed (at the top) and what they hold left out. */
    private static void collect(JsonValue value, String pointer, Set<String> fixed, List<String> into) {
        into.add(pointer);
        if (value instanceof JsonObject object) {
            object.forEach((name, member) -> {
                if (!(pointer.isEmpty() && fixed.contains(name))) {
                    collect(member, pointer + "/" + name.replace("~", "~0").replace("/", "~1"), fixed, into);
                }
            });
        } else if (value instanceof jakarta.json.JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), pointer + "/" + i, fixed, into);
            }
        }
    }

    private JsonValue placeholder(List<String> raw) {
        raw.add(pick(VALUES));
        return Json.createValue(PLACEHOLDER + (raw.size() - 1) + "\u00a7");
    }

    private static String withValues(String text, List<String> raw) {
        for (int i = raw.size() - 1; i >= 0; i--) {
            text = text.replace("\"" + PLACEHOLDER + i + "\u00a7\"", raw.get(i));
        }
        return text;
    }

    /** The text cut short, with something inserted or appended, or a member doubled. */
    private String mangled(String text) {
        var at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + pick(List.of("\u0000", "\u0001", "}", "]", ",", ":", "\"", "\\", "\u00ff", "\ud800", " x "))
                    + text.substring(at);
            case 2 -> text + pick(List.of(" garbage", "}", "]", ",", "{}", "\u0000", "\n\n{\"a\":1}", " // comment"));
            case 3 -> text.startsWith("{") && text.length() > 2 ? "{\"" + firstName(text) + "\":null," + text.substring(1) : "[" + text + "]";
            case 4 -> "\uFEFF" + text;
            default -> text.replace(":", " : ").replace(",", " ,\t\r\n");
        };
    }

    private static String firstName(String object) {
        var end = object.indexOf('"', 2);
        return end > 2 ? object.substring(2, end) : "a";
    }

    /** Valid JSON text in bytes that are not UTF-8, or UTF-8 that is broken. */
    private byte[] encodedOddly(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.getBytes(StandardCharsets.UTF_16);
            case 1 -> text.getBytes(StandardCharsets.UTF_16LE);
            case 2 -> text.getBytes(StandardCharsets.ISO_8859_1);
            default -> {
                var bytes = text.getBytes(StandardCharsets.UTF_8);
                bytes[random.nextInt(bytes.length)] = (byte) pick(List.of("\u00ff", "\u00c3", "\u0080")).charAt(0);
                yield bytes;
            }
        };
    }
}
