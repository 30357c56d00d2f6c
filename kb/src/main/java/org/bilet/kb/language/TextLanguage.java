package org.bilet.kb.language;

import com.github.pemistahl.lingua.api.Language;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Bilet reads and writes, by the codes tickets, users and the API use. */
public enum TextLanguage {
    PL(Language.POLISH), LT(Language.LITHUANIAN), UK(Language.UKRAINIAN),
    RU(Language.RUSSIAN), IT(Language.ITALIAN), EN(Language.ENGLISH);

    private final Language detected;

    TextLanguage(Language detected) {
        this.detected = detected;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Language detected() {
        return detected;
    }

    public static Optional<TextLanguage> ofCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    static Optional<TextLanguage> of(Language language) {
        return Arrays.stream(values()).filter(l -> l.detected == language).findFirst();
    }
}
