package org.bilet.channels.mail;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** Recipients stored as a JSON array of strings, so that a display name with a comma survives. */
@Converter
public class AddressList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> addresses) {
        var array = Json.createArrayBuilder();
        addresses.forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        try (var reader = Json.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
