package org.bilet.kb.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.bilet.people.User;
import org.bilet.platform.ConflictException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;

/**
 * A knowledge-base article: where it is filed, who may read it, the language it was first written
 * in, and its versions, a line per language. Readers get a language's PUBLISHED version; a new
 * draft of that language does not disturb it until the draft itself is published. The counters
 * (views, "helpful", deflections) are raised by single UPDATE statements, never through the entity.
 */
@Entity
@Table(name = "kb_article")
@NamedQuery(name = Article.EDITORS_LIST, query = "select a.id from Article a where " + Article.EDITORS_FILTER + " order by a.id desc")
@NamedQuery(name = Article.EDITORS_COUNT, query = "select count(a) from Article a where " + Article.EDITORS_FILTER)
@NamedQuery(name = Article.READERS_LIST, query = "select a.id from Article a where " + Article.READERS_FILTER + " order by a.id desc")
@NamedQuery(name = Article.VIEWED, query = "update Article a set a.viewCount = a.viewCount + 1 where a.id = :id")
@NamedQuery(name = Article.VOTES, query = "update Article a set a.helpfulYes = a.helpfulYes + :yes, a.helpfulNo = a.helpfulNo + :no"
        + " where a.id = :id")
@NamedQuery(name = Article.DEFLECTED, query = "update Article a set a.deflections = a.deflections + 1 where a.id = :id")
@NamedQuery(name = Article.READERS_COUNT, query = "select count(a) from Article a where " + Article.READERS_FILTER)
@NamedQuery(name = Article.RELATING_TO, query = "select a from Article a join a.related r where r.id = :id")
public class Article {

    public static final String EDITORS_LIST = "Article.editorsList";
    public static final String EDITORS_COUNT = "Article.editorsCount";
    public static final String READERS_LIST = "Article.readersList";
    public static final String READERS_COUNT = "Article.readersCount";
    public static final String RELATING_TO = "Article.relatingTo";
    public static final String VIEWED = "Article.viewed";
    public static final String VOTES = "Article.votes";
    public static final String DEFLECTED = "Article.deflected";

    /** Null parameters filter nothing; a version must match state, language and title together. */
    static final String EDITORS_FILTER = """
            (:category is null or a.category.id = :category)
            and exists (select v.id from ArticleVersion v where v.article = a
                and (:state is null or v.state = :state)
                and (:language is null or v.language = :language)
                and (:text is null or lower(v.title) like :text escape '!'))""";
    static final String READERS_FILTER = """
            a.visibility in :visibilities
            and (:category is null or a.category.id = :category)
            and exists (select v.id from ArticleVersion v where v.article = a and v.state = :published
                and (:language is null or v.language = :language))""";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ArticleCategory category;

    @Enumerated(EnumType.STRING)
    private Visibility visibility;

    private String originalLanguage;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private User createdBy;

    private Instant createdAt;
    private long viewCount;
    private long helpfulYes;
    private long helpfulNo;
    private long deflections;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "kb_article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "kb_article_related", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<Article> related = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "kb_article_ticket", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "ticket_id")
    private Set<Long> ticketIds = new HashSet<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ArticleVersion> versions = new ArrayList<>();

    protected Article() {
    }

    /** A new article with its first version, a draft in the original language. */
    public Article(ArticleCategory category, Visibility visibility, String language, ArticleText first, User author, Instant now) {
        this.category = Objects.requireNonNull(category);
        this.visibility = Objects.requireNonNull(visibility);
        this.originalLanguage = Objects.requireNonNull(language);
        this.createdBy = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(now);
        versions.add(new ArticleVersion(this, language, 1, first, author, now));
    }

    /**
     * A new draft in a language; without a title or body it starts from the language's published
     * text. A language has one open version (draft, in review or approved) at a time.
     */
    public ArticleVersion newDraft(String language, String title, String body, String changeNote, User author, Instant now) {
        openIn(language).ifPresent(open -> {
            throw new ConflictException("Version " + open.number() + " (" + language + ") is still " + open.state()
                    + "; change, publish or archive it before starting another draft in " + language + ".");
        });
        var published = published(language);
        if ((title == null || body == null) && published.isEmpty()) {
            throw InvalidInputException.of(title == null ? "title" : "body", "Give a title and a body: there is no"
                    + " published version in " + language + " to start from.");
        }
        var text = ArticleText.of(title != null ? title : published.get().title(),
                body != null ? body : published.get().body(), changeNote);
        var draft = new ArticleVersion(this, language, nextNumber(), text, author, now);
        versions.add(draft);
        return draft;
    }

    /**
     * Publishes an approved version; the language's previously published version is archived, so
     * that readers always get exactly one.
     */
    public ArticleVersion publish(int number, User publisher, ReviewRules rules, Instant now) {
        var chosen = version(number);
        ArticleVersion.checkMayPublish(publisher, rules);
        var previous = published(chosen.language());
        chosen.publish(publisher, rules, now);
        previous.ifPresent(ArticleVersion::archive);
        return chosen;
    }

    /** The approved version of a language, for "publish what was approved". */
    public ArticleVersion approvedIn(String language) {
        return versionsIn(language).stream().filter(v -> v.state() == VersionState.APPROVED).findFirst()
                .orElseThrow(() -> new ConflictException("No version in " + language + " is approved; a reviewer approves"
                        + " a version before it can be published."));
    }

    public ArticleVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Article " + id + " has no version " + number + "."));
    }

    /** The version readers get in this language, if one is published. */
    public Optional<ArticleVersion> published(String language) {
        return versionsIn(language).stream().filter(v -> v.state() == VersionState.PUBLISHED).findFirst();
    }

    /** The draft, review or approved version of a language, if there is one. */
    public Optional<ArticleVersion> openIn(String language) {
        return versionsIn(language).stream().filter(v -> v.state().isOpen()).findFirst();
    }

    /**
     * What a reader of this language gets: the published version in it, or else in the original
     * language, or else in any language published; empty when nothing is published.
     */
    public Optional<ArticleVersion> readableIn(String language) {
        return published(language).or(() -> published(originalLanguage))
                .or(() -> versions.stream().filter(v -> v.state() == VersionState.PUBLISHED)
                        .min(Comparator.comparing(ArticleVersion::publishedAt)));
    }

    public boolean isPublished() {
        return versions.stream().anyMatch(v -> v.state() == VersionState.PUBLISHED);
    }

    /** The languages readers can read it in, in the order of {@link ArticleLanguage#ALLOWED}. */
    public List<String> publishedLanguages() {
        return versions.stream().filter(v -> v.state() == VersionState.PUBLISHED).map(ArticleVersion::language)
                .sorted(Comparator.comparing(ArticleLanguage.ALLOWED::indexOf)).toList();
    }

    public void fileUnder(ArticleCategory newCategory) {
        this.category = Objects.requireNonNull(newCategory);
    }

    public void showTo(Visibility newVisibility) {
        this.visibility = Objects.requireNonNull(newVisibility);
    }

    public void tag(Collection<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    /** The articles to read next; never itself. */
    public void relateTo(Collection<Article> articles) {
        if (articles.contains(this)) {
            throw InvalidInputException.of("related", "An article cannot be related to itself.");
        }
        related.clear();
        related.addAll(articles);
    }

    public void linkTicket(long ticketId) {
        ticketIds.add(ticketId);
    }

    public void unlinkTicket(long ticketId) {
        ticketIds.remove(ticketId);
    }

    private List<ArticleVersion> versionsIn(String language) {
        return versions.stream().filter(v -> v.language().equals(language)).toList();
    }

    private int nextNumber() {
        return versions.stream().mapToInt(ArticleVersion::number).max().orElse(0) + 1;
    }

    public Long id() {
        return id;
    }

    public ArticleCategory category() {
        return category;
    }

    public Visibility visibility() {
        return visibility;
    }

    public String originalLanguage() {
        return originalLanguage;
    }

    public User createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long viewCount() {
        return viewCount;
    }

    public long helpfulYes() {
        return helpfulYes;
    }

    public long helpfulNo() {
        return helpfulNo;
    }

    public long deflections() {
        return deflections;
    }

    public long version() {
        return version;
    }

    public SortedSet<String> tags() {
        return new TreeSet<>(tags);
    }

    public Set<Article> related() {
        return new LinkedHashSet<>(related);
    }

    public Set<Long> ticketIds() {
        return Set.copyOf(ticketIds);
    }

    public List<ArticleVersion> versions() {
        return List.copyOf(versions);
    }
}
