package org.bilet.kb.article;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.bilet.people.User;

/** One reader's "was this helpful?", in the language they read, with what they added. */
@Entity
@Table(name = "kb_article_feedback")
@NamedQuery(name = ArticleFeedbackEntry.LATEST_COMMENTS, query = """
        select f from ArticleFeedbackEntry f where f.article.id = :article and f.comment is not null
        order by f.createdAt desc, f.id desc""")
@NamedQuery(name = ArticleFeedbackEntry.OF_READER,
        query = "select f from ArticleFeedbackEntry f where f.article.id = :article and f.user = :reader")
public class ArticleFeedbackEntry {

    public static final String LATEST_COMMENTS = "ArticleFeedbackEntry.latestComments";
    static final String OF_READER = "ArticleFeedbackEntry.ofReader";
    public static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private String language;
    private boolean helpful;
    private String comment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;

    private Instant createdAt;

    protected ArticleFeedbackEntry() {
    }

    public ArticleFeedbackEntry(Article article, String language, boolean helpful, String comment, User user, Instant createdAt) {
        this.article = Objects.requireNonNull(article);
        this.language = Objects.requireNonNull(language);
        this.helpful = helpful;
        this.comment = comment;
        this.user = user;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The reader thinks again: their vote, language and comment are now these. */
    void replace(String language, boolean helpful, String comment, Instant at) {
        this.language = Objects.requireNonNull(language);
        this.helpful = helpful;
        this.comment = comment;
        this.createdAt = Objects.requireNonNull(at);
    }

    public String language() {
        return language;
    }

    public boolean helpful() {
        return helpful;
    }

    public String comment() {
        return comment;
    }

    public User user() {
        return user;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
