package org.bilet.kb.article;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.bilet.kb.language.TextLanguage;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.bilet.platform.ResourceNotFoundException;

/**
 * What readers get, also without signing in ({@link ArticleReaders} says what): an article's
 * published version in their language, or else the one it falls back to (flagged), and the list of
 * published articles. Each read counts as a view, raised by a single UPDATE.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ArticleReading {

    static final int MAX_PAGE_SIZE = 100;

    @Inject
    EntityManager em;

    @Inject
    ArticleStore store;

    @Inject
    CurrentUser currentUser;

    /**
     * The article in the language asked for (a code, or null: the reader's own language, else the
     * original one), falling back to the original language when it is not published in it.
     */
    @PermitAll
    public ArticleView read(long id, String language) {
        var asked = language == null ? null : ArticleLanguage.parse("lang", language);
        var readers = readers();
        var article = store.readable(id, readers);
        var requested = asked != null ? asked
                : readers.language().flatMap(TextLanguage::ofCode).map(TextLanguage::code).orElse(article.originalLanguage());
        var shown = article.readableIn(requested).orElseThrow(() -> ArticleStore.notFound(id));
        em.createNamedQuery(Article.VIEWED).setParameter("id", id).executeUpdate();
        return view(article, shown, requested, readers, relatedBothWays(article));
    }

    /** The published translation into exactly this language; none is a 404. */
    @PermitAll
    public ArticleView translation(long id, String language) {
        var readers = readers();
        var code = ArticleLanguage.parse("lang", language);
        var article = store.readable(id, readers);
        var shown = article.published(code).orElseThrow(() -> new ResourceNotFoundException(
                "Article " + id + " is not published in " + code + "; it is in " + String.join(", ", article.publishedLanguages()) + "."));
        return view(article, shown, code, readers, relatedBothWays(article));
    }

    /** Published articles the reader may read, newest first, titled in the language (falling back as {@link #read} does). */
    @PermitAll
    public Page<ArticleSummary> list(Long category, String language, int page, int size) {
        var code = language == null ? null : ArticleLanguage.parse("lang", language);
        return list(category, code, code, page, size);
    }

    /**
     * Published articles the reader may read in any language, newest first, each titled in the
     * language of the page they are listed on where it is published (else falling back as
     * {@link #read} does): the knowledge base's screens, also for visitors who have no language of their own.
     */
    @PermitAll
    public Page<ArticleSummary> listTitledIn(String titleLanguage, Long category, int page, int size) {
        return list(category, null, ArticleLanguage.parse("lang", titleLanguage), page, size);
    }

    private Page<ArticleSummary> list(Long category, String code, String titled, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "page starts at 0 and size is between 1 and " + MAX_PAGE_SIZE + ".");
        }
        var readers = readers();
        var titleLanguage = titled != null ? titled : readers.language().flatMap(TextLanguage::ofCode).map(TextLanguage::code).orElse(null);
        var ids = em.createNamedQuery(Article.READERS_LIST, Long.class)
                .setParameter("visibilities", readers.visibilities()).setParameter("category", category)
                .setParameter("published", VersionState.PUBLISHED).setParameter("language", code)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        var total = em.createNamedQuery(Article.READERS_COUNT, Long.class)
                .setParameter("visibilities", readers.visibilities()).setParameter("category", category)
                .setParameter("published", VersionState.PUBLISHED).setParameter("language", code).getSingleResult();
        var items = ids.stream().map(store::article)
                .map(a -> ArticleSummary.forReader(a, titleLanguage != null ? titleLanguage : a.originalLanguage(), null, null))
                .filter(Objects::nonNull).toList();
        return new Page<>(items, total, page, size);
    }

    private ArticleReaders readers() {
        return ArticleReaders.of(currentUser.signedIn());
    }

    /**
     * The articles this one names as related and those that name it: a relation made on one of
     * two articles shows on both, without the editor having to change the other one.
     */
    private Set<Article> relatedBothWays(Article article) {
        var related = article.related();
        related.addAll(em.createNamedQuery(Article.RELATING_TO, Article.class).setParameter("id", article.id()).getResultList());
        return related;
    }

    private static ArticleView view(Article article, ArticleVersion shown, String requested, ArticleReaders readers,
            Set<Article> relatedArticles) {
        var related = relatedArticles.stream().filter(readers::mayRead)
                .map(r -> r.readableIn(requested).map(v -> new ArticleView.Related(r.id(), v.title())).orElse(null))
                .filter(Objects::nonNull).sorted(Comparator.comparing(ArticleView.Related::id)).toList();
        return new ArticleView(article.id(), shown.language(), !shown.language().equals(requested), requested, shown.title(),
                shown.body(), article.category().id(), article.category().name(requested), article.visibility(),
                List.copyOf(article.tags()), article.publishedLanguages(), related, shown.number(),
                shown.publishedAt(), article.version());
    }
}
