package org.bilet.web.api;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.bilet.platform.InvalidInputException;

/**
 * Reads a request body as one JSON value, strictly: UTF-8 text, exactly one value with nothing but
 * white space after it, no member named twice in an object, no text that is not Unicode (a lone
 * surrogate escape), numbers of reasonable length, nesting at most {@value #MAX_DEPTH} deep. What
 * is wrong is said in the caller's terms under the field {@code request}; the parser's own
 * message, which names positions and tokens, is never shown.
 */
final class StrictJson {

    static final int MAX_DEPTH = 64;
    /** Longer than any number the API takes, short enough to keep the arithmetic cheap. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictJson() {
    }

    static JsonValue read(byte[] body) {
        var text = utf8(body);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw refused("The request has no body; send a JSON object.");
        }
        try (var parser = JSON.createParser(new StringReader(text))) {
            return new Tree(parser).read();
        } catch (JsonException e) {
            throw refused("The body is not valid JSON.");
        }
    }

    static InvalidInputException refused(String message) {
        return InvalidInputException.of("request", message);
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("The body is not UTF-8 text.");
        }
    }

    /** Builds the value from the parser's events, keeping its own stack so that depth is counted, not recursed. */
    private static final class Tree {

        private final JsonParser parser;
        private final ArrayDeque<Open> open = new ArrayDeque<>();

        Tree(JsonParser parser) {
            this.parser = parser;
        }

        JsonValue read() {
            JsonValue done = null;
            while (hasNext(done)) {
                var event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() == MAX_DEPTH) {
                            throw refused("The body nests objects and arrays more than " + MAX_DEPTH + " deep.");
                        }
                        open.push(event == JsonParser.Event.START_OBJECT ? new OpenObject() : new OpenArray());
                    }
                    case KEY_NAME -> ((OpenObject) open.element()).name(unicode(parser.getString()));
                    case END_OBJECT, END_ARRAY -> done = add(open.pop().build());
                    case VALUE_STRING -> done = add(JSON.createValue(unicode(parser.getString())));
                    case VALUE_NUMBER -> done = add(JSON.createValue(number(parser.getString())));
                    case VALUE_TRUE -> done = add(JsonValue.TRUE);
                    case VALUE_FALSE -> done = add(JsonValue.FALSE);
                    case VALUE_NULL -> done = add(JsonValue.NULL);
                }
            }
            return done;
        }

        /** After the whole value the parser looks for the end of the text, and refuses anything else there. */
        private boolean hasNext(JsonValue done) {
            try {
                return parser.hasNext();
            } catch (JsonException e) {
                if (done != null) {
                    throw refused("The body goes on after its JSON value; send one value only.");
                }
                throw e;
            }
        }

        /** Adds a finished value to the open object or array; the whole body when none is open. */
        private JsonValue add(JsonValue value) {
            if (open.isEmpty()) {
                return value;
            }
            open.element().add(value);
            return null;
        }
    }

    private static String unicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused("The body holds a \\u escape that is half of a character (an unpaired surrogate).");
            }
        }
        return text;
    }

    private static BigDecimal number(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw refused("The body holds a number of more than " + MAX_NUMBER_LENGTH + " characters.");
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw refused("The body holds a number too large to read.");
        }
    }

    private interface Open {

        void add(JsonValue value);

        JsonValue build();
    }

    private static final class OpenObject implements Open {

        private final JsonObjectBuilder builder = JSON.createObjectBuilder();
        private final Set<String> names = new HashSet<>();
        private String name;

        void name(String next) {
            if (!names.add(next)) {
                throw refused("The body names '" + Problem.shown(next) + "' twice in one object.");
            }
            name = next;
        }

        @Override
        public void add(JsonValue value) {
            builder.add(name, value);
        }

        @Override
        public JsonValue build() {
            return builder.build();
        }
    }

    private static final class OpenArray implements Open {

        private final JsonArrayBuilder builder = JSON.createArrayBuilder();

        @Override
        public void add(JsonValue value) {
            builder.add(value);
        }

        @Override
        public JsonValue build() {
            return builder.build();
        }
    }
}
