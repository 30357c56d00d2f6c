package org.bilet.channels.mail.preferences;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.bilet.channels.mail.MailTopic;

/** One person's choice about one kind of mail. */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    /** A person and a topic: the row's primary key, read by one lookup per mail. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "user_id")
        private long userId;

        @Column(name = "topic")
        private String topic;

        protected Key() {
        }

        public Key(long userId, MailTopic topic) {
            this.userId = userId;
            this.topic = topic.name();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.userId == userId && key.topic.equals(topic);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, topic);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "by_mail", nullable = false)
    private boolean byMail;

    protected MailPreference() {
    }

    MailPreference(long userId, MailTopic topic, boolean byMail) {
        this.key = new Key(userId, topic);
        this.byMail = byMail;
    }

    public MailTopic topic() {
        return MailTopic.valueOf(key.topic);
    }

    public boolean byMail() {
        return byMail;
    }

    void choose(boolean byMail) {
        this.byMail = byMail;
    }
}
