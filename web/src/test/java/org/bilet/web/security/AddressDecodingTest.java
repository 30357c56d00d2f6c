package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressDecodingTest {

    @Test
    void a_percent_without_two_hexadecimal_digits_is_broken() {
        assertThat(AddressDecoding.broken("q=%zz")).isTrue();
        assertThat(AddressDecoding.broken("/api/tickets/BIL-%z1")).isTrue();
        assertThat(AddressDecoding.broken("q=100%")).isTrue();
        assertThat(AddressDecoding.broken("q=%4")).isTrue();
    }

    @Test
    void well_formed_escapes_and_plain_addresses_are_not() {
        assertThat(AddressDecoding.broken("q=drukarka%20offline%C5%BC")).isFalse();
        assertThat(AddressDecoding.broken("/api/tickets/BIL-%ff")).isFalse();
        assertThat(AddressDecoding.broken("/kb/index.xhtml")).isFalse();
        assertThat(AddressDecoding.broken(null)).isFalse();
    }

    @Test
    void the_api_is_told_from_the_screens_by_its_path() {
        assertThat(AddressDecoding.isApi("/api")).isTrue();
        assertThat(AddressDecoding.isApi("/api/tickets")).isTrue();
        assertThat(AddressDecoding.isApi("/apiary")).isFalse();
        assertThat(AddressDecoding.isApi("/kb/index.xhtml")).isFalse();
    }
}
