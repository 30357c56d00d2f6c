package org.bilet.kb.article;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.bilet.kb.language.TextLanguage;
import org.bilet.platform.InvalidInputException;

/** Reads the language codes articles are written in (those of {@link TextLanguage}), refusing others by name. */
public final class ArticleLanguage {

    /** "pl, lt, uk, ru, it, en". */
    public static final String ALLOWED = Arrays.stream(TextLanguage.values()).map(TextLanguage::code)
            .collect(Collectors.joining(", "));

    private ArticleLanguage() {
    }

    /** The code, lower case; a 400 naming the field and the allowed codes otherwise. */
    public static String parse(String field, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of(field, field + " is required: one of " + ALLOWED + ".");
        }
        return TextLanguage.ofCode(code).map(TextLanguage::code).orElseThrow(() -> InvalidInputException.of(field,
                field + " must be one of " + ALLOWED + ", not '" + shown(code) + "'."));
    }

    private static String shown(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
