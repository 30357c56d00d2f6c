package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bilet.platform.TooLargeException;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {

    @Test
    void json_is_read_as_utf8_only() {
        assertThat(JsonBodyReader.isUtf8(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        assertThat(JsonBodyReader.isUtf8(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))).isTrue();
        assertThat(JsonBodyReader.isUtf8(json(Map.of("charset", "\"utf-8\"")))).isTrue();
        assertThat(JsonBodyReader.isUtf8(json(Map.of("charset", "UTF-16")))).isFalse();
        assertThat(JsonBodyReader.isUtf8(json(Map.of("charset", "bogus")))).isFalse();
    }

    @Test
    void a_body_over_one_mebibyte_is_too_large() throws Exception {
        var large = ("{\"body\": \"" + "x".repeat(JsonBodyReader.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(TooLargeException.class,
                () -> JsonBodyReader.read(JsonObject.class, MediaType.APPLICATION_JSON_TYPE, new ByteArrayInputStream(large)))).isNotNull();
        assertThat(JsonBodyReader.read(JsonObject.class, MediaType.APPLICATION_JSON_TYPE,
                new ByteArrayInputStream("{\"body\": \"x\"}".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(JsonObject.class);
    }

    private static MediaType json(Map<String, String> parameters) {
        return new MediaType("application", "json", parameters);
    }
}
