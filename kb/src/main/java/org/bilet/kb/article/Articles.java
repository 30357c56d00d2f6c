package org.bilet.kb.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.LikePattern;
import org.bilet.platform.Page;
import org.bilet.platform.Problems;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.Actors;
import org.bilet.tickets.Tags;

/**
 * Writing articles: creating one with its first draft, drafts in any language (a translation is a
 * draft in another language), their text, the article's metadata, and the editors' list. The
 * review (submit, approve, send back, publish, archive) is {@link ArticleReview}.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class Articles {

    /** The root category of articles drafted from FAQ suggestions. */
    public static final String FAQ_CATEGORY = "FAQ";

    @Inject
    EntityManager em;

    @Inject
    ArticleStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Actors actors;

    @Inject
    Clock clock;

    @Inject
    TicketLinks tickets;

    public ArticleDetails create(NewArticle request) {
        if (request == null) {
            throw InvalidInputException.of("request", "Send the article: category, visibility, language, title and body.");
        }
        var problems = new Problems();
        var category = problems.capture(() -> store.category("category", request.category()));
        if (request.visibility() == null) {
            problems.add("visibility", "visibility is required: PUBLIC, EMPLOYEES or STAFF.");
        }
        var language = problems.capture(() -> ArticleLanguage.parse("language", request.language()));
        var text = problems.capture(() -> ArticleText.of(request.title(), request.body(), request.changeNote()));
        var tags = problems.capture(() -> Tags.normalize(request.tags() == null ? List.of() : request.tags()));
        problems.throwIfAny();
        var article = new Article(category, request.visibility(), language, text, currentUser.get(), clock.instant());
        article.tag(tags);
        em.persist(article);
        return ArticleDetails.of(article);
    }

    public ArticleDetails details(long id) {
        return ArticleDetails.of(store.article(id));
    }

    /** New metadata, if the caller saw the article's current version (its ETag). */
    public ArticleDetails change(long id, long expectedVersion, ArticleChange change) {
        var article = store.forChange(id);
        if (article.version() != expectedVersion) {
            throw new StaleVersionException("Someone changed article " + id + " since you read it; read it again.", article.version());
        }
        if (change == null) {
            return ArticleDetails.of(article);
        }
        var problems = new Problems();
        var category = change.category() == null ? null : problems.capture(() -> store.category("category", change.category()));
        var tags = change.tags() == null ? null : problems.capture(() -> Tags.normalize(change.tags()));
        var related = change.related() == null ? null : related(change.related(), problems);
        problems.throwIfAny();
        if (category != null) {
            article.fileUnder(category);
        }
        if (change.visibility() != null) {
            article.showTo(change.visibility());
        }
        if (tags != null) {
            article.tag(tags);
        }
        if (related != null) {
            article.relateTo(related);
        }
        em.flush();
        return ArticleDetails.of(article);
    }

    /** Articles with a version in the state and language (any, when null) whose title contains the text, newest first. */
    public Page<ArticleSummary> list(VersionState state, Long category, String language, String text, int page, int size) {
        if (page < 0 || size < 1 || size > Page.MAX_SIZE) {
            throw InvalidInputException.of("size", "page starts at 0 and size is between 1 and " + Page.MAX_SIZE + ".");
        }
        var code = language == null || language.isBlank() ? null : ArticleLanguage.parse("language", language);
        var pattern = text == null || text.isBlank() ? null : LikePattern.containing(text.length() > 200 ? text.substring(0, 200) : text);
        var ids = em.createNamedQuery(Article.EDITORS_LIST, Long.class)
                .setParameter("state", state).setParameter("category", category)
                .setParameter("language", code).setParameter("text", pattern)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        var total = em.createNamedQuery(Article.EDITORS_COUNT, Long.class)
                .setParameter("state", state).setParameter("category", category)
                .setParameter("language", code).setParameter("text", pattern).getSingleResult();
        var items = ids.stream().map(store::article).map(ArticleSummary::forEditor).toList();
        return new Page<>(items, total, page, size);
    }

    public List<VersionInfo> versions(long id) {
        return store.article(id).versions().stream().map(v -> VersionInfo.of(v, false)).toList();
    }

    public VersionInfo version(long id, int number) {
        return VersionInfo.of(store.article(id).version(number), true);
    }

    /** A new draft in the language; without title and body it copies the published text of that language. */
    public VersionInfo newDraft(long id, DraftText draft) {
        if (draft == null) {
            throw InvalidInputException.of("language", "Send the draft: language, and title and body unless a published text is copied.");
        }
        var language = ArticleLanguage.parse("language", draft.language());
        var article = store.forChange(id);
        var version = article.newDraft(language, draft.title(), draft.body(), draft.changeNote(), currentUser.get(), clock.instant());
        em.flush();
        return VersionInfo.of(version, true);
    }

    /** New text for a draft; with the version the caller read (its ETag), refused if someone changed it since. */
    public VersionInfo editDraft(long id, int number, Long expectedVersion, DraftText text) {
        if (text == null) {
            throw InvalidInputException.of("title", "Send the draft's title and body.");
        }
        var version = store.forChange(id).version(number);
        if (expectedVersion != null && version.version() != expectedVersion) {
            throw new StaleVersionException("Someone changed version " + number + " since you read it; read it again.", version.version());
        }
        version.edit(ArticleText.of(text.title(), text.body(), text.changeNote()));
        em.flush();
        return VersionInfo.of(version, true);
    }

    /** The translation into a language: its draft gets the text, or a new draft is started with it. */
    public VersionInfo translate(long id, String language, DraftText text) {
        var code = ArticleLanguage.parse("language", language);
        var article = store.forChange(id);
        var open = article.openIn(code);
        if (open.isPresent() && open.get().state() == VersionState.DRAFT) {
            return editDraft(id, open.get().number(), null, text);
        }
        return newDraft(id, new DraftText(code, text == null ? null : text.title(), text == null ? null : text.body(),
                text == null ? null : text.changeNote()));
    }

    /**
     * An article drafted from a FAQ suggestion: filed under the root category "FAQ" (made when
     * missing), for employees, its first version a draft, linked to the tickets it was mined from.
     * Bilet itself may call it; the draft is then Bilet's.
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.SYSTEM})
    public long createDraftFromSuggestion(String title, String bodyHtml, String language, List<String> ticketNumbers) {
        var code = ArticleLanguage.parse("language", language);
        var text = ArticleText.of(title, bodyHtml, "Drafted from a FAQ suggestion.");
        var author = currentUser.signedIn().filter(User::active).orElseGet(() -> actors.system().user());
        var article = new Article(faqCategory(), Visibility.EMPLOYEES, code, text, author, clock.instant());
        em.persist(article);
        tickets.link(article, ticketNumbers == null ? List.of() : ticketNumbers);
        return article.id();
    }

    private ArticleCategory faqCategory() {
        return em.createNamedQuery(ArticleCategory.ROOT_NAMED, ArticleCategory.class).setParameter("name", FAQ_CATEGORY)
                .getResultStream().findFirst().orElseGet(() -> {
                    var faq = new ArticleCategory(FAQ_CATEGORY, null, 1000);
                    em.persist(faq);
                    return faq;
                });
    }

    private List<Article> related(List<Long> ids, Problems problems) {
        var found = new ArrayList<Article>();
        for (int i = 0; i < ids.size(); i++) {
            var article = ids.get(i) == null ? null : em.find(Article.class, ids.get(i));
            if (article == null) {
                problems.add("related[" + i + "]", "There is no article " + ids.get(i) + ".");
            } else {
                found.add(article);
            }
        }
        return found;
    }
}
