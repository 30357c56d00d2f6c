package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bilet.platform.Backoff;
import org.bilet.platform.ConflictException;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant QUEUED_AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final Backoff THREE_TRIES = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 3);

    private final OutgoingMail mail = new OutgoingMail("<1@acme.example>",
            OutgoingMailDraft.of("test", List.of("a@acme.example"), "Hi", "Body"), QUEUED_AT);

    @Test
    void a_queued_message_is_due_at_once() {
        assertThat(mail.state()).isEqualTo(MailState.QUEUED);
        assertThat(mail.isDue(QUEUED_AT)).isTrue();
        assertThat(mail.isDue(QUEUED_AT.minusMillis(1))).isFalse();
    }

    @Test
    void failures_wait_longer_each_time_and_the_last_one_gives_up_keeping_every_error() {
        mail.attemptFailed(QUEUED_AT, "connection refused", THREE_TRIES);
        assertThat(mail.nextAttemptAt()).isEqualTo(QUEUED_AT.plus(Duration.ofMinutes(1)));
        assertThat(mail.isDue(QUEUED_AT.plusSeconds(59))).isFalse();

        var second = QUEUED_AT.plus(Duration.ofMinutes(1));
        mail.attemptFailed(second, "timeout", THREE_TRIES);
        assertThat(mail.nextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));

        mail.attemptFailed(second.plus(Duration.ofMinutes(2)), "421 try later", THREE_TRIES);
        assertThat(mail.state()).isEqualTo(MailState.FAILED);
        assertThat(mail.nextAttemptAt()).isNull();
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.lastError()).isEqualTo("421 try later");
        assertThat(mail.deliveryLog()).extracting(DeliveryAttempt::error).containsExactly("connection refused", "timeout", "421 try later");
    }

    @Test
    void a_retried_message_is_due_now_with_the_whole_backoff_again() {
        for (int i = 0; i < 3; i++) {
            mail.attemptFailed(QUEUED_AT, "refused", THREE_TRIES);
        }
        var now = QUEUED_AT.plus(Duration.ofHours(1));

        mail.retry(now);

        assertThat(mail.isDue(now)).isTrue();
        assertThat(mail.attempts()).isZero();
        assertThat(mail.deliveryLog()).hasSize(3);
        mail.delivered(now);
        assertThat(mail.state()).isEqualTo(MailState.SENT);
        assertThat(mail.sentAt()).isEqualTo(now);
        assertThat(mail.deliveryLog()).last().extracting(DeliveryAttempt::error).isNull();
    }

    @Test
    void only_a_failed_message_is_retried_and_a_sent_one_is_never_sent_again() {
        assertThatThrownBy(() -> mail.retry(QUEUED_AT)).isInstanceOf(ConflictException.class);
        mail.delivered(QUEUED_AT);
        assertThatThrownBy(() -> mail.retry(QUEUED_AT)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> mail.delivered(QUEUED_AT)).isInstanceOf(IllegalStateException.class);
        assertThat(mail.isDue(QUEUED_AT.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void a_long_error_is_cut_to_what_the_log_holds() {
        mail.attemptFailed(QUEUED_AT, "x".repeat(5000), THREE_TRIES);

        assertThat(mail.lastError()).hasSize(DeliveryAttempt.MAX_ERROR_LENGTH).endsWith("…");
    }
}
