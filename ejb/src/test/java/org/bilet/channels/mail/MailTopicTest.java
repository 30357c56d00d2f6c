package org.bilet.channels.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.bilet.notifications.NotificationKind;
import org.junit.jupiter.api.Test;

class MailTopicTest {

    @Test
    void every_notification_has_its_mail() {
        assertThat(Arrays.stream(NotificationKind.values()).map(NotificationKind::name))
                .allMatch(name -> Arrays.stream(MailTopic.values()).anyMatch(topic -> topic.name().equals(name)));
    }

    @Test
    void internal_notes_reach_staff_only_and_the_requesters_mails_reach_staff_who_report_too() {
        assertThat(MailTopic.WATCHED_NOTE.reaches(false)).isFalse();
        assertThat(MailTopic.MENTIONED.reaches(false)).isFalse();
        assertThat(MailTopic.WATCHED_REPLY.reaches(false)).isTrue();
        assertThat(MailTopic.WATCHED_REPLY.reaches(true)).isTrue();
        assertThat(MailTopic.RECEIVED.reaches(true)).isTrue();
        assertThat(MailTopic.RECEIVED.reaches(false)).isTrue();
    }

    @Test
    void staff_answer_colleagues_internally_and_the_requesters_words_publicly() {
        assertThat(MailTopic.MENTIONED.answeredInternally()).isTrue();
        assertThat(MailTopic.WATCHED_NOTE.answeredInternally()).isTrue();
        assertThat(MailTopic.ASSIGNED.answeredInternally()).isTrue();
        assertThat(MailTopic.REQUESTER_REPLIED.answeredInternally()).isFalse();
        assertThat(MailTopic.WATCHED_REPLY.answeredInternally()).isFalse();
        assertThat(NotificationMail.topicOf("notice-mentioned:BIL-000123")).contains(MailTopic.MENTIONED);
        assertThat(NotificationMail.topicOf("ticket-received:BIL-000123")).isEmpty();
        assertThat(NotificationMail.topicOf("notice-nonsense:BIL-000123")).isEmpty();
    }
}
