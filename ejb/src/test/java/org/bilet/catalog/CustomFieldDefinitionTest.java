package org.bilet.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomFieldDefinitionTest {

    private final CustomFieldDefinition text = new CustomFieldDefinition("note", "Note", CustomFieldType.TEXT, List.of(), false);
    private final CustomFieldDefinition number = new CustomFieldDefinition("cost", "Cost", CustomFieldType.NUMBER, List.of(), false);
    private final CustomFieldDefinition date = new CustomFieldDefinition("deadline", "Deadline", CustomFieldType.DATE, List.of(), true);
    private final CustomFieldDefinition choice = new CustomFieldDefinition("site", "Site", CustomFieldType.CHOICE,
            List.of("Warsaw", "Kraków", "Москва"), false);

    @ParameterizedTest
    @CsvSource({
            "1.50, 1.5",
            "' 42 ', 42",
            "100, 100",
            "-0.250, -0.25",
            "0.00, 0",
            "1e3, 1000"})
    void a_number_is_normalized(String raw, String expected) {
        assertThat(number.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "1.5.0", "", "12 EUR"})
    void a_number_field_refuses_what_is_not_a_number(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> number.normalize(raw))
                .withMessage("must be a number, not '" + raw + "'");
    }

    @Test
    void a_number_too_large_to_store_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> number.normalize("1e3000"));
    }

    @Test
    void a_date_is_an_iso_date() {
        assertThat(date.normalize("2026-12-31")).isEqualTo("2026-12-31");
        assertThat(date.normalize(" 2026-01-05 ")).isEqualTo("2026-01-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.12.2026", "12/31/2026", "2026-02-30", "2026-13-01", "tomorrow"})
    void a_date_field_refuses_other_formats_and_impossible_dates(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> date.normalize(raw))
                .withMessageContaining("2026-12-31")
                .withMessageContaining("'" + raw + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Warsaw", "Kraków", "Москва"})
    void a_choice_is_one_of_the_choices(String raw) {
        assertThat(choice.normalize(raw)).isEqualTo(raw);
    }

    @Test
    void a_choice_is_trimmed_like_numbers_and_dates() {
        assertThat(choice.normalize(" Warsaw ")).isEqualTo("Warsaw");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gdańsk", "warsaw", ""})
    void a_choice_field_refuses_anything_else_and_lists_the_choices(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> choice.normalize(raw))
                .withMessage("must be one of Warsaw, Kraków, Москва, not '" + raw + "'");
    }

    @Test
    void a_choice_field_needs_choices() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CustomFieldDefinition("site", "Site", CustomFieldType.CHOICE, List.of(), false));
    }

    @Test
    void choices_read_back_in_order() {
        assertThat(choice.choices()).containsExactly("Warsaw", "Kraków", "Москва");
        assertThat(number.choices()).isEmpty();
    }

    @Test
    void a_choice_containing_the_separator_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CustomFieldDefinition("size", "Size", CustomFieldType.CHOICE, List.of("S|M", "L"), false));
    }

    @Test
    void text_is_kept_as_written_up_to_2000_characters() {
        var longest = "x".repeat(2000);

        assertThat(text.normalize(" as written ")).isEqualTo(" as written ");
        assertThat(text.normalize(longest)).isEqualTo(longest);
        assertThatIllegalArgumentException().isThrownBy(() -> text.normalize(longest + "x"))
                .withMessageContaining("2000");
    }

    @Test
    void a_field_is_redefined_as_a_choice() {
        text.redefine("Office", CustomFieldType.CHOICE, List.of("London", "Warsaw"), true);

        assertThat(text.type()).isEqualTo(CustomFieldType.CHOICE);
        assertThat(text.choices()).containsExactly("London", "Warsaw");
        assertThat(text.required()).isTrue();
        assertThat(text.normalize(" Warsaw ")).isEqualTo("Warsaw");
    }

    @Test
    void a_field_that_is_no_longer_a_choice_keeps_no_choices() {
        choice.redefine("Site", CustomFieldType.TEXT, List.of("Warsaw"), false);

        assertThat(choice.choices()).isEmpty();
    }

    @Test
    void a_choice_appears_once() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> choice.redefine("Site", CustomFieldType.CHOICE, List.of("Warsaw", "Warsaw"), false))
                .withMessage("each choice must appear once");
        assertThat(choice.choices()).containsExactly("Warsaw", "Kraków", "Москва");
    }

    @Test
    void a_field_is_switched_off_and_on() {
        date.deactivate();
        assertThat(date.active()).isFalse();
        date.activate();
        assertThat(date.active()).isTrue();
    }
}
