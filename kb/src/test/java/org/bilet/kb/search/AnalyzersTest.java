package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    @Test
    void polish_inflections_meet_in_their_lemma_with_or_without_diacritics() throws IOException {
        var polish = Analyzers.of(TextLanguage.PL);
        assertThat(terms(polish, "Drukarki nie drukują")).contains("drukarka");
        assertThat(terms(polish, "nie działa drukarka")).contains("drukarka");
        assertThat(terms(polish, "żółty ekran")).contains("zolty", "ekran");
    }

    @Test
    void folding_drops_diacritics_and_case() throws IOException {
        assertThat(terms(Analyzers.folded(), "Żółty EKRAN")).containsExactly("zolty", "ekran");
    }

    @Test
    void prefixes_join_forms_that_no_dictionary_knows() throws IOException {
        var prefix = Analyzers.prefix();
        assertThat(terms(prefix, "nie dziala drukarka")).containsExactly("nie", "dzia", "druk");
        assertThat(terms(prefix, "drukarki nie działają")).containsExactly("druk", "nie", "dzia");
    }

    @Test
    void codes_and_numbers_stay_whole() throws IOException {
        assertThat(terms(Analyzers.prefix(), "asset PR4711X order 20261203")).containsExactly("asse", "pr4711x", "orde", "20261203");
    }

    @Test
    void each_language_stems_its_own_words() throws IOException {
        assertThat(terms(Analyzers.of(TextLanguage.EN), "printers printing")).containsExactly("printer", "print");
        assertThat(terms(Analyzers.of(TextLanguage.IT), "la stampante non stampa")).contains("stampant");
        assertThat(terms(Analyzers.of(TextLanguage.RU), "принтеры принтера")).containsOnly("принтер");
        assertThat(terms(Analyzers.of(TextLanguage.UK), "принтера")).contains("принтер");
        assertThat(terms(Analyzers.of(TextLanguage.LT), "spausdintuvas spausdintuvo")).hasSize(2)
                .satisfies(t -> assertThat(t.get(0)).isEqualTo(t.get(1)));
    }

    @Test
    void concept_ids_stay_as_they_are_written() throws IOException {
        assertThat(terms(Analyzers.concepts(), "printer print  meeting-room")).containsExactly("printer", "print", "meeting-room");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
