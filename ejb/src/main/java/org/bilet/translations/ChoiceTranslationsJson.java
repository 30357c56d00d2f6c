package org.bilet.translations;

import static org.bilet.platform.SharedJson.JSON;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;

/** A choice field's translations as one JSON object: choice to {@code {"pl": …}}; none is null. */
@Converter
public class ChoiceTranslationsJson implements AttributeConverter<ChoiceTranslations, String> {

    @Override
    public String convertToDatabaseColumn(ChoiceTranslations translations) {
        if (translations == null || translations.isEmpty()) {
            return null;
        }
        var object = JSON.createObjectBuilder();
        translations.asMap().forEach((choice, texts) -> object.add(choice, TranslationsJson.object(texts)));
        return object.build().toString();
    }

    @Override
    public ChoiceTranslations convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank()) {
            return ChoiceTranslations.none();
        }
        var byChoice = new LinkedHashMap<String, Translations>();
        TranslationsJson.parse(stored).forEach((choice, texts) -> {
            var translations = TranslationsJson.read(texts);
            if (!translations.isEmpty()) {
                byChoice.put(choice, translations);
            }
        });
        return ChoiceTranslations.of(byChoice);
    }
}
