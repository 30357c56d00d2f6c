package org.bilet.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.bilet.translations.Translations;
import org.bilet.web.session.Language;

/** {@code #{translationLanguages}}: the default language (names as entered) and the others an administrator translates into. */
@Named
@ApplicationScoped
public class TranslationLanguages {

    public Language getStandard() {
        return Language.of(Translations.DEFAULT_LANGUAGE).orElseThrow();
    }

    public List<Language> getOthers() {
        return Language.ALL.stream().filter(language -> !language.tag().equals(Translations.DEFAULT_LANGUAGE)).toList();
    }
}
