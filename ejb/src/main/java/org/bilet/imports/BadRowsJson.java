package org.bilet.imports;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/** A job's bad rows as a JSON array in one column. */
@Converter
public class BadRowsJson implements AttributeConverter<List<BadRow>, String> {

    @Override
    public String convertToDatabaseColumn(List<BadRow> rows) {
        var array = JSON.createArrayBuilder();
        for (var row : rows == null ? List.<BadRow>of() : rows) {
            var object = JSON.createObjectBuilder().add("file", row.file()).add("line", row.line()).add("message", row.message());
            if (row.column() != null) {
                object.add("column", row.column());
            }
            array.add(object);
        }
        return array.build().toString();
    }

    @Override
    public List<BadRow> convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(JsonValue::asJsonObject).map(BadRowsJson::row).toList();
        }
    }

    private static BadRow row(JsonObject o) {
        return new BadRow(o.getString("file"), o.getJsonNumber("line").longValue(), o.getString("column", null), o.getString("message"));
    }
}
