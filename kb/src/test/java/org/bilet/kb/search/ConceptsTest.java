package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.bilet.kb.language.TextLanguage;
import org.junit.jupiter.api.Test;

class ConceptsTest {

    @Test
    void one_problem_names_the_same_concepts_in_every_language() {
        assertThat(Concepts.of(TextLanguage.PL, "drukarki nie drukują")).contains("printer", "print");
        assertThat(Concepts.of(TextLanguage.RU, "принтер не печатает")).contains("printer", "print");
        assertThat(Concepts.of(TextLanguage.LT, "spausdintuvas nespausdina")).contains("printer", "print");
        assertThat(Concepts.of(TextLanguage.UK, "принтер не друкує")).contains("printer", "print");
        assertThat(Concepts.of(TextLanguage.IT, "la stampante non stampa")).contains("printer", "print");
        assertThat(Concepts.of(TextLanguage.EN, "printer does not print")).contains("printer", "print");
    }

    @Test
    void inflected_forms_find_entries_written_in_base_form() {
        assertThat(Concepts.of(TextLanguage.PL, "zapomniałem hasła do konta")).containsExactly("forgotten", "password", "account");
        assertThat(Concepts.of(TextLanguage.RU, "забыл пароль от учётной записи")).contains("forgotten", "password", "account");
        assertThat(Concepts.of(TextLanguage.UK, "ноутбук не заряджається")).contains("laptop", "charge");
        assertThat(Concepts.of(TextLanguage.IT, "l'account è bloccato")).contains("account", "locked");
        assertThat(Concepts.of(TextLanguage.EN, "the laptop's battery isn't charging")).containsExactly("laptop", "battery", "charge");
        assertThat(Concepts.of(TextLanguage.LT, "slaptažodis nebegalioja")).containsExactly("password", "expired");
    }

    @Test
    void text_typed_without_diacritics_maps_too() {
        assertThat(Concepts.of(TextLanguage.PL, "drukarki nie drukuja")).contains("printer", "print");
        assertThat(Concepts.of(TextLanguage.PL, "zapomnialem hasla")).contains("forgotten", "password");
        assertThat(Concepts.of(TextLanguage.PL, "brak uprawnien do udzialu sieciowego")).contains("permission", "share");
        assertThat(Concepts.of(TextLanguage.LT, "slaptazodis nebegalioja")).contains("password", "expired");
        assertThat(Concepts.of(TextLanguage.IT, "non riesco ad accedere, la password e scaduta")).contains("cannot", "sign-in", "password", "expired");
    }

    @Test
    void colloquial_words_map() {
        assertThat(Concepts.of(TextLanguage.PL, "muli mi kompa")).contains("slow", "computer");
        assertThat(Concepts.of(TextLanguage.RU, "комп тормозит")).containsExactly("computer", "slow");
        assertThat(Concepts.of(TextLanguage.UK, "комп гальмує")).containsExactly("computer", "slow");
        assertThat(Concepts.of(TextLanguage.LT, "kompas labai lėtas")).contains("computer", "slow");
        assertThat(Concepts.of(TextLanguage.IT, "il pc è lentissimo")).containsExactly("computer", "slow");
        assertThat(Concepts.of(TextLanguage.UK, "аутлук не синхронізує пошту")).contains("outlook", "sync", "mail");
    }

    @Test
    void entries_of_several_words_match_as_phrases() {
        assertThat(Concepts.of(TextLanguage.EN, "blue screen after the update")).contains("bsod", "update");
        assertThat(Concepts.of(TextLanguage.PL, "niebieski ekran po aktualizacji")).contains("bsod", "update");
        assertThat(Concepts.of(TextLanguage.RU, "синий экран смерти")).contains("bsod");
        assertThat(Concepts.of(TextLanguage.EN, "the blue folder")).doesNotContain("bsod");
    }

    @Test
    void a_text_of_unknown_language_is_read_in_all_of_them() {
        assertThat(Concepts.ofAnyLanguage("drukarka offline")).contains("printer", "offline");
        assertThat(Concepts.mentions(Optional.empty(), "принтер")).containsExactly("printer");
        assertThat(Concepts.of(TextLanguage.EN, "")).isEmpty();
        assertThat(Concepts.of(TextLanguage.EN, "the and of")).isEmpty();
    }

    @Test
    void mentions_count_every_mention() {
        assertThat(Concepts.mentions(Optional.of(TextLanguage.EN), "printer, printer, printer"))
                .containsExactly("printer", "printer", "printer");
        assertThat(Concepts.of(TextLanguage.EN, "printer, printer, printer")).containsExactly("printer");
    }

    @Test
    void the_lexicon_is_of_a_useful_size() {
        assertThat(Concepts.known()).hasSizeGreaterThan(150).contains("printer", "password", "vpn", "meeting-room");
    }

    @Test
    void threads_share_the_lexicon_safely() throws Exception {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = new ArrayList<Callable<List<String>>>();
            for (int i = 0; i < 200; i++) {
                var text = "drukarki nie drukują " + i;
                tasks.add(() -> List.copyOf(Concepts.of(TextLanguage.PL, text)));
            }
            for (var result : pool.invokeAll(tasks)) {
                assertThat(result.get()).containsExactly("printer", "print");
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tickets_carry_their_concepts_in_each_group() {
        var fields = new ArrayList<String>();
        TicketText.of(Optional.of(TextLanguage.RU), "Принтер не печатает", "Принтер на втором этаже не печатает.",
                        List.of(), List.of("Заменили картридж"), "")
                .forEachField((field, text) -> fields.add(field + "=" + text));
        assertThat(fields).contains("subject_concept=printer print", "notes_concept=replace toner");
    }
}
