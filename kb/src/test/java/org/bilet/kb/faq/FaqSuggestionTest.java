package org.bilet.kb.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FaqSuggestionTest {

    private static MinedProblem problem(long firstTicket, int size, List<String> signature) {
        return new MinedProblem("t", LongStream.range(firstTicket, firstTicket + size).boxed().toList(), 1, size, List.of("en"),
                signature, "en", new FaqDraft("t", "b"));
    }

    @Test
    void aDismissedProblemIsWithheldUntilItHasGrownByHalf() {
        var dismissed = new FaqSuggestion(problem(1, 10, List.of("printer", "stripes")), Instant.EPOCH);
        dismissed.dismiss(null, Instant.EPOCH);

        assertThat(dismissed.withholds(problem(1, 14, List.of("printer", "stripes")))).isTrue();
        assertThat(dismissed.withholds(problem(1, 15, List.of("printer", "stripes")))).isFalse();
        // Known again by its words when its tickets have left the window.
        assertThat(dismissed.withholds(problem(500, 12, List.of("printer", "stripes")))).isTrue();
        assertThat(dismissed.withholds(problem(500, 12, List.of("vpn", "drops")))).isFalse();
    }

    @Test
    void anAcceptedProblemIsNotOfferedAgain_andAnOpenOneWithholdsNothing() {
        var open = new FaqSuggestion(problem(1, 10, List.of("vpn")), Instant.EPOCH);
        assertThat(open.withholds(problem(1, 10, List.of("vpn")))).isFalse();

        open.accept(null, 7, Instant.EPOCH);
        assertThat(open.withholds(problem(1, 40, List.of("vpn")))).isTrue();
    }
}
