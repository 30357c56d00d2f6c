package org.bilet.web.kb;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.bilet.web.session.Language;

/** Names of the languages articles are written in, as the reader of the page says them. */
final class ReaderLanguages {

    private ReaderLanguages() {
    }

    /** "Polish" for an English reader, "polski" for a Polish one. */
    static String name(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    /** The language's own name, so that anyone finds theirs: "Polski", "Italiano". */
    static String endonym(String code) {
        return Language.of(code).map(Language::endonym).orElse(code);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
