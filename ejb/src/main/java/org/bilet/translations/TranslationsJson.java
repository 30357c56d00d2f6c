package org.bilet.translations;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;

/**
 * Translations as a JSON object of language to text ({@code {"pl": "Wysoki"}}) in a column of the
 * row they translate; none is stored as null. One provider for all, as {@code JsonStringList}.
 */
@Converter
public class TranslationsJson implements AttributeConverter<Translations, String> {

    @Override
    public String convertToDatabaseColumn(Translations translations) {
        return translations == null || translations.isEmpty() ? null : object(translations).toString();
    }

    @Override
    public Translations convertToEntityAttribute(String stored) {
        return stored == null || stored.isBlank() ? Translations.none() : read(parse(stored));
    }

    static JsonObject object(Translations translations) {
        var object = JSON.createObjectBuilder();
        translations.asMap().forEach(object::add);
        return object.build();
    }

    static Translations read(JsonValue value) {
        if (!(value instanceof JsonObject object)) {
            return Translations.none();
        }
        var texts = new LinkedHashMap<String, String>();
        object.forEach((language, text) -> {
            if (text instanceof JsonString s) {
                texts.put(language, s.getString());
            }
        });
        return Translations.stored(texts);
    }

    static JsonObject parse(String stored) {
        try (var reader = JSON.createReader(new StringReader(stored))) {
            return reader.readObject();
        }
    }
}
