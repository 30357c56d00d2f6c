package org.bilet.web.kb.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bilet.web.kb.edit.WordDiff.Kind;
import org.bilet.web.kb.edit.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void a_changed_word_is_one_removal_and_one_addition_between_what_stays() {
        assertThat(WordDiff.of("Restart the printer twice", "Restart the scanner twice")).containsExactly(
                new Part(Kind.SAME, "Restart the"), new Part(Kind.REMOVED, "printer"), new Part(Kind.ADDED, "scanner"),
                new Part(Kind.SAME, "twice"));
    }

    @Test
    void words_added_at_the_end_and_removed_in_the_middle() {
        assertThat(WordDiff.of("Open the old settings page", "Open the settings page and sign in")).containsExactly(
                new Part(Kind.SAME, "Open the"), new Part(Kind.REMOVED, "old"), new Part(Kind.SAME, "settings page"),
                new Part(Kind.ADDED, "and sign in"));
    }

    @Test
    void empty_texts_and_spacing() {
        assertThat(WordDiff.of(null, "New text")).containsExactly(new Part(Kind.ADDED, "New text"));
        assertThat(WordDiff.of("Old  text\n", "")).containsExactly(new Part(Kind.REMOVED, "Old text"));
        assertThat(WordDiff.of("Same\ttext", "Same text")).containsExactly(new Part(Kind.SAME, "Same text"));
    }

    @Test
    void texts_beyond_the_table_compare_their_middle_as_one_block() {
        var before = "start " + "a ".repeat(WordDiff.MAX_WORDS + 1) + "end";
        var after = "start " + "b ".repeat(WordDiff.MAX_WORDS + 1) + "end";
        assertThat(WordDiff.of(before, after)).extracting(Part::kind)
                .containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
    }

    @Test
    void a_reorder_keeps_the_longest_common_run() {
        assertThat(WordDiff.of("one two three", "three one two")).extracting(Part::kind)
                .isEqualTo(List.of(Kind.ADDED, Kind.SAME, Kind.REMOVED));
    }
}
