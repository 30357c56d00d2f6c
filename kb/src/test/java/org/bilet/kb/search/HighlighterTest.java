package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    private static List<String> marked(String text, List<Highlight> highlights) {
        return highlights.stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    @Test
    void otherFormsAndWordsWithoutDiacriticsAreMarked_butNotStopWords() {
        var highlighter = new Highlighter("nie dziala drukarka zolty", Optional.of(TextLanguage.PL));
        var text = "Drukarki na piętrze nie drukują, a ekran jest żółty.";

        // "drukują" shares the prefix field's "druk" with "drukarka", as search matched it; "nie" is a stop word.
        assertThat(marked(text, highlighter.in(text))).containsExactly("Drukarki", "drukują", "żółty");
    }

    @Test
    void theSnippetIsWhereTheWordsAre() {
        var highlighter = new Highlighter("vpn hotel", Optional.of(TextLanguage.EN));
        var text = "Long story first. ".repeat(30) + "The VPN drops in the hotel every few minutes." + " Unrelated.".repeat(30);

        var snippet = highlighter.snippet(text, 120);

        assertThat(snippet.text()).startsWith("…").endsWith("…").contains("The VPN drops in the hotel").hasSizeLessThanOrEqualTo(122);
        assertThat(marked(snippet.text(), snippet.highlights())).containsExactly("VPN", "hotel");
    }

    @Test
    void aShortTextIsWholeAndCyrillicIsMarkedInItsLanguage() {
        var highlighter = new Highlighter("принтера", Optional.of(TextLanguage.RU));
        var snippet = highlighter.snippet("Принтер не печатает", 200);

        assertThat(snippet.text()).isEqualTo("Принтер не печатает");
        assertThat(marked(snippet.text(), snippet.highlights())).containsExactly("Принтер");
    }
}
