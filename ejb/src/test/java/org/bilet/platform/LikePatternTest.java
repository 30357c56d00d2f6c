package org.bilet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcards_typed_by_people_are_taken_literally() {
        assertThat(LikePattern.containing(" 50%_Off! ")).isEqualTo("%50!%!_off!!%");
        assertThat(LikePattern.startingWith("Jo")).isEqualTo("jo%");
    }
}
