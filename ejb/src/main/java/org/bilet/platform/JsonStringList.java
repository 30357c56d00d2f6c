package org.bilet.platform;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import java.io.StringReader;
import java.util.List;

/**
 * A list of texts stored as a JSON array of strings, so that any text survives (a comma in a
 * name, a quote), through the one {@link SharedJson} provider: this runs for every ticket. A null
 * element is stored as an empty string.
 */
public abstract class JsonStringList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> texts) {
        var array = JSON.createArrayBuilder();
        texts.forEach(text -> array.add(text == null ? "" : text));
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        try (var reader = JSON.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
