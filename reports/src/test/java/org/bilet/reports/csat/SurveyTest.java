package org.bilet.reports.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class SurveyTest {

    private static final Instant RESOLVED = Instant.parse("2026-03-02T09:00:00Z");
    private static final long TICKET = 42;
    private static final long REQUESTER = 7;

    private final Survey survey = new Survey(TICKET, REQUESTER, SurveyToken.issue().hash(), RESOLVED);

    @Test
    void a_new_survey_waits_thirty_days_for_its_answer() {
        assertThat(survey.isAnswered()).isFalse();
        assertThat(survey.sentAt()).isEqualTo(RESOLVED);
        assertThat(survey.until()).isEqualTo(RESOLVED.plus(Duration.ofDays(30)));
        assertThat(survey.isChangeableAt(RESOLVED.plus(Duration.ofDays(30)).minusSeconds(1))).isTrue();
        assertThat(survey.isExpiredAt(RESOLVED.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void the_first_answer_opens_seven_days_to_change_it_and_the_latest_counts() {
        var first = RESOLVED.plus(Duration.ofDays(2));
        survey.answer(2, "Slow.", first);
        assertThat(survey.changeableUntil()).isEqualTo(first.plus(Duration.ofDays(7)));

        var second = first.plus(Duration.ofDays(6));
        survey.answer(4, "  Fixed after all.  ", second);

        assertThat(survey.rating()).isEqualTo(4);
        assertThat(survey.comment()).isEqualTo("Fixed after all.");
        assertThat(survey.answeredAt()).isEqualTo(second);
        assertThat(survey.changeableUntil()).as("a change does not extend the time").isEqualTo(first.plus(Duration.ofDays(7)));
        assertThat(survey.sentAt()).isEqualTo(RESOLVED);
    }

    @Test
    void after_seven_days_the_answer_stands() {
        var first = RESOLVED.plus(Duration.ofDays(1));
        survey.answer(5, null, first);

        assertThatThrownBy(() -> survey.answer(1, "Changed my mind", first.plus(Duration.ofDays(7))))
                .isInstanceOf(BrokenRuleException.class).hasMessageContaining("can no longer be changed");
        assertThat(survey.rating()).isEqualTo(5);
        assertThat(survey.isChangeableAt(first.plus(Duration.ofDays(7)))).isFalse();
        assertThat(survey.isExpiredAt(first.plus(Duration.ofDays(7)))).as("the link still shows the answer").isFalse();
    }

    @Test
    void an_unanswered_survey_expires_after_thirty_days() {
        assertThatThrownBy(() -> survey.answer(3, null, RESOLVED.plus(Duration.ofDays(30))))
                .isInstanceOf(SurveyExpiredException.class).hasMessageContaining("expired");
        assertThat(survey.isAnswered()).isFalse();
    }

    @Test
    void an_answer_late_in_the_thirty_days_keeps_the_link_for_the_whole_change_time() {
        var late = RESOLVED.plus(Duration.ofDays(29));
        survey.answer(3, null, late);

        assertThat(survey.isExpiredAt(RESOLVED.plus(Duration.ofDays(31)))).isFalse();
        survey.answer(4, null, RESOLVED.plus(Duration.ofDays(35)));
        assertThat(survey.rating()).isEqualTo(4);
        assertThat(survey.isExpiredAt(late.plus(Duration.ofDays(7)))).isTrue();
    }

    @Test
    void a_rating_is_a_whole_number_from_one_to_five_and_a_comment_has_at_most_2000_characters() {
        var at = RESOLVED.plusSeconds(60);
        for (Integer wrong : new Integer[]{null, 0, 6, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> survey.answer(wrong, null, at)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("rating"));
        }
        assertThatThrownBy(() -> survey.answer(3, "x".repeat(20_000), at))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("comment"));
        assertThatThrownBy(() -> survey.answer(9, "x".repeat(2001), at))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("rating", "comment"));
        assertThat(survey.isAnswered()).as("a refused answer changes nothing").isFalse();

        survey.answer(1, "😀".repeat(2000), at);
        assertThat(survey.comment()).hasSize(4000);
    }

    @Test
    void a_comment_is_kept_as_plain_text_without_control_characters() {
        survey.answer(2, "<script>alert(1)</script>\u0000\u0007 line\nnext", RESOLVED.plusSeconds(1));
        assertThat(survey.comment()).isEqualTo("<script>alert(1)</script> line\nnext");

        survey.answer(2, "   \n ", RESOLVED.plusSeconds(2));
        assertThat(survey.comment()).as("blank is no comment").isNull();
    }

    @Test
    void resolved_again_an_unanswered_survey_is_asked_anew_and_an_answered_one_stays() {
        var again = RESOLVED.plus(Duration.ofDays(20));
        var newHash = SurveyToken.issue().hash();
        assertThat(survey.askAgain(8, newHash, again)).isTrue();
        assertThat(survey.sentAt()).isEqualTo(again);
        assertThat(survey.requesterId()).isEqualTo(8);
        assertThat(survey.until()).isEqualTo(again.plus(Duration.ofDays(30)));

        survey.answer(5, "Great", again.plusSeconds(60));
        var answered = survey.until();
        assertThat(survey.askAgain(9, SurveyToken.issue().hash(), again.plus(Duration.ofDays(3)))).isFalse();
        assertThat(survey.rating()).isEqualTo(5);
        assertThat(survey.requesterId()).isEqualTo(8);
        assertThat(survey.until()).isEqualTo(answered);
    }
}
