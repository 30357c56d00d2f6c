package org.bilet.kb.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

    private final LanguageDetection detection = new LanguageDetection();

    @Test
    void tells_the_six_languages_apart() {
        assertThat(detection.detect("Drukarka na trzecim piętrze nie drukuje od rana", Optional.empty())).contains(TextLanguage.PL);
        assertThat(detection.detect("Spausdintuvas trečiame aukšte nespausdina nuo ryto", Optional.empty())).contains(TextLanguage.LT);
        assertThat(detection.detect("Принтер на третьому поверсі не друкує з ранку", Optional.empty())).contains(TextLanguage.UK);
        assertThat(detection.detect("Принтер на третьем этаже не печатает с утра", Optional.empty())).contains(TextLanguage.RU);
        assertThat(detection.detect("La stampante al terzo piano non stampa da stamattina", Optional.empty())).contains(TextLanguage.IT);
        assertThat(detection.detect("The printer on the third floor has not printed since morning", Optional.empty())).contains(TextLanguage.EN);
    }

    @Test
    void the_writers_language_settles_a_text_too_short_to_tell() {
        assertThat(detection.detect("VPN", Optional.of(TextLanguage.LT))).contains(TextLanguage.LT);
        assertThat(detection.detect("123 456", Optional.of(TextLanguage.IT))).contains(TextLanguage.IT);
        assertThat(detection.detect("", Optional.empty())).isEmpty();
    }

    @Test
    void a_clear_text_wins_over_the_hint() {
        assertThat(detection.detect("Не працює принтер, допоможіть будь ласка", Optional.of(TextLanguage.EN))).contains(TextLanguage.UK);
        // A close language stays close on long texts too: the hint of an English speaker must not win there.
        assertThat(detection.detect("La stampante non stampa nessun documento. Da stamattina la stampante al secondo piano non stampa niente.",
                Optional.of(TextLanguage.EN))).contains(TextLanguage.IT);
    }
}
