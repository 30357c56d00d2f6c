package org.bilet.kb.article;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ForbiddenException;
import org.bilet.tickets.RichText;

/**
 * One version of an article in one language, and the review it goes through:
 * DRAFT → (submit) IN_REVIEW → (approve) APPROVED → (publish) PUBLISHED → ARCHIVED, with
 * "send back" from IN_REVIEW or APPROVED to DRAFT and "archive" from any state but ARCHIVED. Only a
 * draft's text changes. Publishing archives the language's previously published version (see
 * {@link Article#publish}).
 */
@Entity
@Table(name = "kb_article_version")
public class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    private Article article;

    private String language;
    private int number;

    @Enumerated(EnumType.STRING)
    private VersionState state;

    private String title;
    private String body;
    private String changeNote;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private User author;

    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reviewed_by")
    private User reviewedBy;

    private Instant reviewedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_by")
    private User publishedBy;

    private Instant publishedAt;

    @Version
    private long version;

    protected ArticleVersion() {
    }

    ArticleVersion(Article article, String language, int number, ArticleText text, User author, Instant createdAt) {
        this.article = Objects.requireNonNull(article);
        this.language = Objects.requireNonNull(language);
        this.number = number;
        this.state = VersionState.DRAFT;
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(createdAt);
        write(text);
    }

    /** New text for a draft; any other state keeps its text. */
    public void edit(ArticleText text) {
        require("edited", VersionState.DRAFT);
        write(text);
    }

    /** The author (or another editor) asks for a review. */
    public void submit() {
        require("submitted for review", VersionState.DRAFT);
        state = VersionState.IN_REVIEW;
    }

    /** A reviewer agrees; not the author, unless administrators allow approving one's own version. */
    public void approve(User reviewer, ReviewRules rules, Instant at) {
        require("approved", VersionState.IN_REVIEW);
        if (reviewer.equals(author) && !rules.selfApproval()) {
            throw new ForbiddenException("You wrote version " + number + ", so you cannot approve it: another editor"
                    + " or an administrator reviews it (administrators can allow approving one's own versions).");
        }
        state = VersionState.APPROVED;
        reviewedBy = reviewer;
        reviewedAt = at;
    }

    /** Back to its author for changes, from the review or after approval; the approval is gone. */
    public void sendBack(String note) {
        require("sent back", VersionState.IN_REVIEW, VersionState.APPROVED);
        state = VersionState.DRAFT;
        reviewedBy = null;
        reviewedAt = null;
        if (note != null) {
            changeNote = note;
        }
    }

    /** Goes out to readers: approved versions only, by administrators, or by editors where publishing is delegated. */
    void publish(User publisher, ReviewRules rules, Instant at) {
        checkMayPublish(publisher, rules);
        require("published", VersionState.APPROVED);
        state = VersionState.PUBLISHED;
        publishedBy = publisher;
        publishedAt = at;
    }

    /** Out of use: withdrawn from readers, or a draft given up. */
    public void archive() {
        if (state == VersionState.ARCHIVED) {
            throw new ConflictException("Version " + number + " is already archived.");
        }
        state = VersionState.ARCHIVED;
    }

    static void checkMayPublish(User publisher, ReviewRules rules) {
        if (!publisher.hasRole(Role.ADMIN) && !(rules.editorsPublish() && publisher.hasRole(Role.EDITOR))) {
            throw new ForbiddenException("Only administrators publish articles, unless they let editors publish too.");
        }
    }

    private void require(String action, VersionState... allowed) {
        if (Arrays.asList(allowed).contains(state)) {
            return;
        }
        var states = Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(" or "));
        throw new ConflictException("Version " + number + " (" + language + ") is " + state + ": only a version that is "
                + states + " can be " + action + ".");
    }

    private void write(ArticleText text) {
        this.title = text.title();
        this.body = text.body();
        this.changeNote = text.changeNote();
    }

    public Long id() {
        return id;
    }

    public Article article() {
        return article;
    }

    public String language() {
        return language;
    }

    public int number() {
        return number;
    }

    public VersionState state() {
        return state;
    }

    public String title() {
        return title;
    }

    /** Sanitized HTML. */
    public String body() {
        return body;
    }

    /** What a reader sees of the body, without markup: for the index and snippets. */
    public String bodyText() {
        return RichText.plainText(body, RichText.Format.HTML);
    }

    public String changeNote() {
        return changeNote;
    }

    public User author() {
        return author;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public User reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public User publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }
}
