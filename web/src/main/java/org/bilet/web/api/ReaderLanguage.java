package org.bilet.web.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import org.bilet.kb.language.TextLanguage;

/**
 * The language a reader asks for: {@code ?lang=} when given (the service refuses a language Bilet
 * does not write), else the first of Bilet's languages in Accept-Language by weight; null when
 * neither says, and the service takes the reader's own language or the article's original one.
 * An Accept-Language that cannot be read is ignored, as HTTP allows.
 */
final class ReaderLanguage {

    private ReaderLanguage() {
    }

    static String of(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return lang;
        }
        return acceptLanguage == null ? null : fromAcceptLanguage(acceptLanguage);
    }

    /** "uk-UA,uk;q=0.9,en;q=0.8" gives "uk"; "de, fr" gives null. */
    static String fromAcceptLanguage(String header) {
        record Choice(String language, double weight, int order) {
        }
        var choices = new ArrayList<Choice>();
        var entries = header.split(",");
        for (int i = 0; i < entries.length && i < 50; i++) {
            var parts = entries[i].strip().split(";");
            var primary = parts[0].strip().split("-")[0].toLowerCase(Locale.ROOT);
            double weight = 1;
            for (int p = 1; p < parts.length; p++) {
                var parameter = parts[p].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        weight = 0;
                    }
                }
            }
            var known = TextLanguage.ofCode(primary);
            if (known.isPresent() && weight > 0) {
                choices.add(new Choice(known.get().code(), weight, i));
            }
        }
        return choices.stream().min(Comparator.comparingDouble((Choice c) -> -c.weight()).thenComparingInt(Choice::order))
                .map(Choice::language).orElse(null);
    }
}
