package org.bilet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedTest {

    @Test
    void one_is_singular_and_every_other_count_plural() {
        assertThat(Counted.of(1, "ticket", "tickets")).isEqualTo("1 ticket");
        assertThat(Counted.of(0, "ticket", "tickets")).isEqualTo("0 tickets");
        assertThat(Counted.of(2, "subcategory", "subcategories")).isEqualTo("2 subcategories");
    }
}
