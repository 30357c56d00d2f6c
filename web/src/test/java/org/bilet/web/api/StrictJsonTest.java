package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class StrictJsonTest {

    @Test
    void an_object_is_read_as_written() {
        var body = (JsonObject) StrictJson.read(utf8("{\"subject\": \"Drukarka\", \"tags\": [\"a\", 1, null], \"x\": {\"y\": true}}"));

        assertThat(body.getString("subject")).isEqualTo("Drukarka");
        assertThat(body.getJsonArray("tags")).hasSize(3);
        assertThat(body.getJsonObject("x").getBoolean("y")).isTrue();
    }

    @Test
    void a_scalar_is_a_value_too_which_binding_then_refuses() {
        assertThat(StrictJson.read(utf8("true"))).isEqualTo(JsonValue.TRUE);
        assertThat(StrictJson.read(utf8(" null "))).isEqualTo(JsonValue.NULL);
    }

    @Test
    void an_empty_or_blank_body_is_no_body() {
        assertThat(refusal("")).isEqualTo("The request has no body; send a JSON object.");
        assertThat(refusal(" \n\t")).isEqualTo("The request has no body; send a JSON object.");
    }

    @Test
    void malformed_and_truncated_json_is_refused_without_the_parsers_words() {
        for (var malformed : new String[] {"{", "[", "{\"subject\": ", "{\"priority\":NaN}", "{\"a\" 1}", "{'a': 1}",
                "{\"a\":1,}", "{\"a\":\"x\u0000\"}"}) {
            assertThat(refusal(malformed)).as(malformed).isEqualTo("The body is not valid JSON.");
        }
    }

    @Test
    void anything_after_the_value_is_refused() {
        assertThat(refusal("{\"subject\": \"s\"} garbage")).isEqualTo("The body goes on after its JSON value; send one value only.");
        assertThat(refusal("{} {}")).isEqualTo("The body goes on after its JSON value; send one value only.");
        assertThat(refusal("true false")).isEqualTo("The body goes on after its JSON value; send one value only.");
        assertThat(refusal("{\"a\":1}\u0000")).isEqualTo("The body goes on after its JSON value; send one value only.");
        assertThat(StrictJson.read(utf8("{}\r\n  "))).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    }

    @Test
    void a_member_named_twice_is_refused() {
        assertThat(refusal("{\"internal\": false, \"internal\": true}")).isEqualTo("The body names 'internal' twice in one object.");
        assertThat(StrictJson.read(utf8("[{\"a\": 1}, {\"a\": 2}]")).asJsonArray()).hasSize(2);
    }

    @Test
    void nesting_is_capped() {
        assertThat(StrictJson.read(utf8("[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH)))).isNotNull();
        assertThat(refusal("[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1)))
                .isEqualTo("The body nests objects and arrays more than 64 deep.");
        assertThat(refusal("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)))
                .isEqualTo("The body nests objects and arrays more than 64 deep.");
    }

    @Test
    void only_utf8_is_read_and_a_byte_order_mark_is_skipped() {
        assertThat(refusal(new byte[] {'"', (byte) 0xFF, '"'})).isEqualTo("The body is not UTF-8 text.");
        assertThat(refusal("{\"a\": \"b\"}".getBytes(StandardCharsets.UTF_16))).isEqualTo("The body is not UTF-8 text.");
        assertThat(StrictJson.read(utf8("\uFEFF{}"))).isEqualTo(JsonValue.EMPTY_JSON_OBJECT);
    }

    @Test
    void text_must_be_unicode() {
        assertThat(refusal("{\"body\": \"\\ud800\"}")).contains("unpaired surrogate");
        assertThat(refusal("{\"\\udc00\": 1}")).contains("unpaired surrogate");
        assertThat(((JsonObject) StrictJson.read(utf8("{\"body\": \"\\ud83d\\ude00\"}"))).getString("body")).isEqualTo("😀");
    }

    @Test
    void numbers_stay_cheap() {
        assertThat(refusal("{\"minutes\": 1e99999999999}")).isEqualTo("The body holds a number too large to read.");
        assertThat(refusal("{\"minutes\": " + "1".repeat(101) + "}")).isEqualTo("The body holds a number of more than 100 characters.");
        assertThat(((JsonObject) StrictJson.read(utf8("{\"minutes\": 1e400}"))).getJsonNumber("minutes")).isNotNull();
    }

    private static String refusal(String body) {
        return refusal(utf8(body));
    }

    private static String refusal(byte[] body) {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> StrictJson.read(body));
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("request");
        return refused.getMessage();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
