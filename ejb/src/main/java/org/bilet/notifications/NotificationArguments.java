package org.bilet.notifications;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** The arguments of a notification, stored as a JSON array of strings so that any text survives. */
@Converter
public class NotificationArguments implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> arguments) {
        var array = Json.createArrayBuilder();
        arguments.forEach(argument -> array.add(argument == null ? "" : argument));
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        try (var reader = Json.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
