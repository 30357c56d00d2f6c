package org.bilet.channels.mail.templates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.bilet.channels.mail.LetterTemplate;
import org.bilet.channels.mail.MailTopic;
import org.bilet.people.User;

/**
 * An administrator's wording of one kind of mail in one language, in place of Bilet's own; at
 * most one per topic and language. Restoring Bilet's wording removes it.
 */
@Entity
@NamedQuery(name = MailTemplate.ALL, query = "select t from MailTemplate t join fetch t.changedBy")
@NamedQuery(name = MailTemplate.BY_KEY, query = "select t from MailTemplate t where t.topic = :topic and t.language = :language")
public class MailTemplate {

    public static final String ALL = "MailTemplate.all";
    public static final String BY_KEY = "MailTemplate.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private MailTopic topic;

    private String language;
    private String subject;
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "changed_by")
    private User changedBy;

    private Instant changedAt;

    @Version
    private long version;

    protected MailTemplate() {
    }

    MailTemplate(MailTopic topic, String language, LetterTemplate wording, User by, Instant at) {
        this.topic = Objects.requireNonNull(topic);
        this.language = Objects.requireNonNull(language);
        reword(wording, by, at);
    }

    /** New words, checked by the caller ({@link TemplateCheck}). */
    void reword(LetterTemplate wording, User by, Instant at) {
        this.subject = Objects.requireNonNull(wording.subject());
        this.body = Objects.requireNonNull(wording.body());
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public LetterTemplate wording() {
        return new LetterTemplate(subject, body);
    }

    public MailTopic topic() {
        return topic;
    }

    public String language() {
        return language;
    }

    public User changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
