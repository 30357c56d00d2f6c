package org.bilet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.bilet.tickets.TestData;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant LATER = TestData.NOW.plusSeconds(60);

    @Test
    void reading_it_twice_keeps_the_first_time() {
        var notification = new Notification(TestData.agent(), "BIL-000001", "Printer jams", NotificationKind.ASSIGNED,
                List.of("Maria Lis"), TestData.NOW);
        assertThat(notification.isRead()).isFalse();

        notification.markRead(TestData.NOW);
        notification.markRead(LATER);

        assertThat(notification.readAt()).isEqualTo(TestData.NOW);
    }

    @Test
    void only_its_recipient_owns_it() {
        var notification = new Notification(TestData.agent(), "BIL-000001", "Printer jams", NotificationKind.ASSIGNED,
                List.of("Maria Lis"), TestData.NOW);
        assertThat(notification.isFor(TestData.agent())).isTrue();
        assertThat(notification.isFor(TestData.manager())).isFalse();
    }

    @Test
    void long_subjects_and_arguments_are_cut_not_refused() {
        var notification = new Notification(TestData.agent(), "BIL-000001", "s".repeat(500), NotificationKind.ASSIGNED,
                Arrays.asList("a".repeat(500), null), TestData.NOW);
        assertThat(notification.ticketSubject()).hasSize(Notification.MAX_SUBJECT_LENGTH).endsWith("…");
        assertThat(notification.arguments()).extracting(String::length).containsExactly(Notification.MAX_ARGUMENT_LENGTH, 0);
    }

    @Test
    void arguments_survive_storage_whatever_they_say() {
        var converter = new NotificationArguments();
        var arguments = List.of("Zoë \"the\" O'Brien", "<script>alert(1)</script>", "a,b\nc", "");
        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(arguments))).isEqualTo(arguments);
    }
}
