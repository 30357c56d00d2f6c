package org.bilet.kb.search;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.Query;
import org.bilet.kb.article.Article;
import org.bilet.kb.article.ArticleLanguage;
import org.bilet.kb.article.ArticleReaders;
import org.bilet.kb.article.ArticleSummary;
import org.bilet.kb.article.ArticleVersion;
import org.bilet.kb.language.LanguageDetection;
import org.bilet.kb.language.TextLanguage;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Page;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;

/**
 * Full-text search over published articles, among those the reader may read ({@link ArticleReaders},
 * as an index filter, so neither results nor facet counts show others): for the search box, for the
 * knowledge base's own list (also without signing in), and articles like a problem being described.
 * Each hit is titled in the reader's language, or the one the article falls back to.
 */
@Stateless
@Interceptors(SearchOutage.class)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ArticleSearch {

    static final int MAX_PAGE_SIZE = 100;
    private static final int SNIPPET_CHARACTERS = 200;
    private static final List<String> FACETS = List.of(ArticleFields.LANGUAGE, ArticleFields.CATEGORY);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageDetection detection;

    /** {@code GET /api/search?type=article}: hits, their total and counts per language and category. */
    @PermitAll
    public SearchResults search(String text, int page, int size) {
        TicketSearch.checkText(text);
        checkPage(page, size);
        var readers = ArticleReaders.of(currentUser.signedIn());
        var found = find(readers, TextQueries.searchArticles(text), null, null, page * size, size, true);
        var language = readerLanguage(readers);
        var items = found.hits().stream().map(hit -> {
            var shown = shown(hit.article(), language);
            var highlighter = new Highlighter(text, TextLanguage.ofCode(shown.language()));
            var snippet = highlighter.snippet(shown.bodyText(), SNIPPET_CHARACTERS);
            return SearchHit.article(hit.article().id(), shown.title(), snippet.text(), hit.score(),
                    new Highlights(highlighter.in(shown.title()), snippet.highlights()));
        }).toList();
        return new SearchResults(items, found.total(), found.facets());
    }

    /** The knowledge base's list filtered by words: published articles the reader may read, by relevance. */
    @PermitAll
    public Page<ArticleSummary> list(String text, Long category, String language, int page, int size) {
        var code = language == null ? null : ArticleLanguage.parse("lang", language);
        return list(text, category, code, code, page, size);
    }

    /**
     * As {@link #list}, over articles of every language, each titled (with its snippet) in the
     * language of the page it is listed on where it is published: the knowledge base's screens,
     * also for visitors who have no language of their own.
     */
    @PermitAll
    public Page<ArticleSummary> listTitledIn(String titleLanguage, String text, Long category, int page, int size) {
        return list(text, category, null, ArticleLanguage.parse("lang", titleLanguage), page, size);
    }

    private Page<ArticleSummary> list(String text, Long category, String code, String titled, int page, int size) {
        TicketSearch.checkText(text);
        checkPage(page, size);
        var readers = ArticleReaders.of(currentUser.signedIn());
        var found = find(readers, TextQueries.searchArticles(text), category, code, page * size, size, false);
        var titleLanguage = titled != null ? titled : readerLanguage(readers);
        var items = found.hits().stream().map(hit -> {
            var article = hit.article();
            var shown = shown(article, titleLanguage);
            return ArticleSummary.forReader(article, titleLanguage != null ? titleLanguage : article.originalLanguage(),
                    snippet(shown), hit.score());
        }).toList();
        return new Page<>(items, found.total(), page, size);
    }

    /** Published articles like a text being written, most alike first, in the writer's language if it is too short to tell. */
    public List<SearchHit> like(String text, int limit) {
        if (limit < 1 || limit > SimilarTickets.MAX_LIMIT) {
            throw InvalidInputException.of("limit", "limit is between 1 and " + SimilarTickets.MAX_LIMIT + ".");
        }
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var readers = ArticleReaders.of(currentUser.signedIn());
        var language = detection.detect(text, readers.language().flatMap(TextLanguage::ofCode));
        var found = find(readers, TextQueries.articlesAlike(text, language), null, null, 0, limit, false);
        var titleLanguage = language.map(TextLanguage::code).orElse(readerLanguage(readers));
        return found.hits().stream().map(hit -> {
            var shown = shown(hit.article(), titleLanguage);
            return SearchHit.article(hit.article().id(), shown.title(), snippet(shown), hit.score(), Highlights.NONE);
        }).toList();
    }

    /** A published article's text in one language, as the mining of recurring problems compares it. */
    public record PublishedText(long id, String language, String title, String body) {
    }

    /**
     * The published articles most like a text, whatever their visibility, in the text's language or
     * their original: for telling whether a recurring problem already has its article.
     */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.SYSTEM})
    public List<PublishedText> publishedLike(String text, Optional<TextLanguage> language, int limit) {
        var everyone = ArticleReaders.of(currentUser.signedIn());
        var found = find(everyone, TextQueries.articlesAlike(text, language), null, null, 0, limit, false);
        return found.hits().stream().map(hit -> {
            var shown = shown(hit.article(), language.map(TextLanguage::code).orElse(null));
            return new PublishedText(hit.article().id(), shown.language(), shown.title(), shown.bodyText());
        }).toList();
    }

    private record Hit(Article article, float score) {
    }

    private record Found(List<Hit> hits, long total, Map<String, Map<String, Long>> facets) {
    }

    private Found find(ArticleReaders readers, Query words, Long category, String language, int offset, int limit, boolean facets) {
        var visibilities = readers.visibilities().stream().map(Enum::name).toList();
        var search = Search.session(em).search(Article.class)
                .select(f -> f.composite().from(f.entity(Article.class), f.score()).asList())
                .where(f -> f.bool(b -> {
                    b.must(TextPredicates.of(f, words));
                    b.filter(f.terms().field(ArticleFields.VISIBILITY).matchingAny(visibilities));
                    b.filter(f.exists().field(ArticleFields.LANGUAGE));
                    if (category != null) {
                        b.filter(f.match().field(ArticleFields.CATEGORY).matching(Long.toString(category)));
                    }
                    if (language != null) {
                        b.filter(f.match().field(ArticleFields.LANGUAGE).matching(language));
                    }
                }));
        var keys = new LinkedHashMap<String, AggregationKey<Map<String, Long>>>();
        if (facets) {
            for (var facet : FACETS) {
                var key = AggregationKey.<Map<String, Long>>of(facet);
                keys.put(facet, key);
                search = search.aggregation(key, f -> f.terms().field(facet, String.class).maxTermCount(50));
            }
        }
        // offset is page × size, negative when that overflows: past the window either way.
        int window = offset < 0 ? 0 : TicketSearch.withinWindow(offset, limit);
        var result = window == 0 ? search.fetch(0, 0) : search.fetch(offset, window);
        var hits = result.hits().stream().map(h -> new Hit((Article) h.get(0), (Float) h.get(1)))
                // The index may trail a commit by a moment: what is no longer published is not shown.
                .filter(h -> h.article().isPublished() && readers.mayRead(h.article())).toList();
        var counts = new LinkedHashMap<String, Map<String, Long>>();
        keys.forEach((name, key) -> counts.put(name, result.aggregation(key)));
        return new Found(hits, result.total().hitCountLowerBound(), counts);
    }

    private static String readerLanguage(ArticleReaders readers) {
        return readers.language().flatMap(TextLanguage::ofCode).map(TextLanguage::code).orElse(null);
    }

    private static ArticleVersion shown(Article article, String language) {
        return article.readableIn(language != null ? language : article.originalLanguage()).orElseThrow();
    }

    private static String snippet(ArticleVersion version) {
        var text = version.bodyText().strip().replaceAll("\\s+", " ");
        return text.length() <= SNIPPET_CHARACTERS ? text : text.substring(0, SNIPPET_CHARACTERS) + "…";
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "page starts at 0 and size is between 1 and " + MAX_PAGE_SIZE + ".");
        }
    }
}
