package org.bilet.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void separators_go_and_a_leading_plus_stays() {
        assertThat(PhoneNumber.normalise("+48 (22) 555-01-73")).contains("+48225550173");
        assertThat(PhoneNumber.normalise(" 020.7946/0321 ")).contains("02079460321");
        assertThat(PhoneNumber.normalise("112")).contains("112");
    }

    @Test
    void what_is_not_a_number_is_refused() {
        assertThat(PhoneNumber.normalise("call me")).isEmpty();
        assertThat(PhoneNumber.normalise("+48 22 555 01 73 ext. 5")).isEmpty();
        assertThat(PhoneNumber.normalise("48+22")).isEmpty();
        assertThat(PhoneNumber.normalise("12")).as("too short").isEmpty();
        assertThat(PhoneNumber.normalise("+1234567890123456")).as("16 digits").isEmpty();
        assertThat(PhoneNumber.normalise("")).isEmpty();
        assertThat(PhoneNumber.normalise(null)).isEmpty();
    }
}
