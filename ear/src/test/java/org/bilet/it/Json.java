package org.bilet.it;

import jakarta.json.JsonObject;
import java.util.UUID;

/** Small helpers for writing request bodies and reading answers in tests. */
public final class Json {

    private Json() {
    }

    /** Quotes a string as a JSON string literal. */
    public static String str(String value) {
        return value == null ? "null" : jakarta.json.Json.createValue(value).toString();
    }

    /** A tag no other test uses, to find exactly the tickets a test made. */
    public static String uniqueTag() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String etagOf(Api.Response response) {
        return response.header("ETag");
    }

    public static String number(JsonObject ticket) {
        return ticket.getString("number");
    }
}
