package org.bilet.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PriorityTest {

    @Test
    void a_priority_is_redefined_and_the_default_moves() {
        var normal = new Priority("NORMAL", "Normal", 2, Duration.ofHours(72), true);
        var high = new Priority("HIGH", "High", 3, Duration.ofHours(24), false);

        high.redefine("Important", 5, Duration.ofHours(12));
        normal.stopBeingDefault();
        high.makeDefault();

        assertThat(high.name()).isEqualTo("Important");
        assertThat(high.rank()).isEqualTo(5);
        assertThat(high.resolutionTarget()).isEqualTo(Duration.ofHours(12));
        assertThat(high.isDefault()).isTrue();
        assertThat(normal.isDefault()).isFalse();
    }
}
