package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.bilet.platform.ResourceNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void a_sequence_is_padded_to_six_digits() {
        assertThat(TicketNumber.of(123).value()).isEqualTo("BIL-000123");
        assertThat(TicketNumber.of(1)).hasToString("BIL-000001");
    }

    @Test
    void seven_digits_work() {
        assertThat(TicketNumber.of(1_234_567).value()).isEqualTo("BIL-1234567");
        assertThat(TicketNumber.parse("BIL-1234567")).isEqualTo(TicketNumber.of(1_234_567));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void a_sequence_starts_at_one(long sequence) {
        assertThatIllegalArgumentException().isThrownBy(() -> TicketNumber.of(sequence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIL-000123", "bil-000123", "Bil-000123", "  BIL-000123 ", "\tbil-000123\n"})
    void parse_ignores_case_and_surrounding_blanks(String typed) {
        assertThat(TicketNumber.parse(typed)).isEqualTo(TicketNumber.of(123));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage", "BIL-123", "BIL-00012a", "TKT-000123", "000123", "BIL 000123",
            "BIL-000 123", "BIL--000123", "BIL-000123x"})
    void parse_refuses_anything_else_as_an_unknown_ticket(String typed) {
        assertThatThrownBy(() -> TicketNumber.parse(typed))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("BIL-000123");
    }

    @Test
    void the_constructor_refuses_a_malformed_value() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TicketNumber("bil-000123"));
    }

    @Test
    void parse_does_not_depend_on_the_default_locale() {
        var saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(TicketNumber.parse("bil-000123")).isEqualTo(TicketNumber.of(123));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void a_search_box_accepts_the_number_with_or_without_prefix_and_zeros() {
        assertThat(TicketNumber.fromSearch(" bil-000123 ")).contains(TicketNumber.of(123));
        assertThat(TicketNumber.fromSearch("BIL-123")).contains(TicketNumber.of(123));
        assertThat(TicketNumber.fromSearch("123")).contains(TicketNumber.of(123));
    }

    @Test
    void words_in_a_search_box_are_not_a_number() {
        assertThat(TicketNumber.fromSearch("printer 3")).isEmpty();
        assertThat(TicketNumber.fromSearch("BIL-")).isEmpty();
        assertThat(TicketNumber.fromSearch("0")).isEmpty();
        assertThat(TicketNumber.fromSearch("9999999999999")).isEmpty();
        assertThat(TicketNumber.fromSearch(null)).isEmpty();
    }
}
