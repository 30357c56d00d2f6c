package org.bilet.kb.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import org.bilet.kb.language.TextLanguage;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.Problems;

/**
 * What readers say of an article: helpful or not (with an optional comment; one vote per reader, a
 * later one replacing it), and "this solved it"
 * (a deflection: a problem that needed no ticket). Counters are raised by single UPDATE statements,
 * so readers never contend for the article row with editors. Editors read the figures.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.EDITOR})
public class ArticleFeedback {

    static final int LATEST_COMMENTS = 50;

    @Inject
    EntityManager em;

    @Inject
    ArticleStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public void record(long id, FeedbackRequest request) {
        var problems = new Problems();
        if (request == null || request.helpful() == null) {
            problems.add("helpful", "helpful is required: true or false.");
        }
        var comment = request == null || request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > ArticleFeedbackEntry.MAX_COMMENT) {
            problems.add("comment", "A comment has " + ArticleFeedbackEntry.MAX_COMMENT + " characters at most.");
        }
        var language = request == null || request.language() == null ? null
                : problems.capture(() -> ArticleLanguage.parse("language", request.language()));
        problems.throwIfAny();
        var reader = currentUser.get();
        var article = store.readable(id, ArticleReaders.of(Optional.of(reader)));
        var read = language != null ? language
                : article.readableIn(TextLanguage.ofCode(reader.locale()).map(TextLanguage::code).orElse(article.originalLanguage()))
                        .map(ArticleVersion::language).orElse(article.originalLanguage());
        var earlier = em.createNamedQuery(ArticleFeedbackEntry.OF_READER, ArticleFeedbackEntry.class)
                .setParameter("article", id).setParameter("reader", reader).getResultStream().findFirst();
        if (earlier.isPresent()) {
            // One vote per reader: a second one replaces the first, and moves the counts only if it differs.
            var entry = earlier.get();
            if (entry.helpful() != request.helpful()) {
                count(id, request.helpful() ? 1 : -1, request.helpful() ? -1 : 1);
            }
            entry.replace(read, request.helpful(), comment, clock.instant());
            return;
        }
        try {
            em.persist(new ArticleFeedbackEntry(article, read, request.helpful(), comment, reader, clock.instant()));
        } catch (PersistenceException e) {
            // The same reader's other vote went in a moment earlier (the unique key of article and reader).
            throw new ConflictException("Your vote on this article was being recorded at the same moment; send it again to change it.");
        }
        count(id, request.helpful() ? 1 : 0, request.helpful() ? 0 : 1);
    }

    private void count(long id, int yes, int no) {
        em.createNamedQuery(Article.VOTES).setParameter("yes", (long) yes).setParameter("no", (long) no).setParameter("id", id).executeUpdate();
    }

    /** "This solved it": the reader needs no ticket for their problem. */
    public void deflected(long id) {
        store.readable(id, ArticleReaders.of(Optional.of(currentUser.get())));
        em.createNamedQuery(Article.DEFLECTED).setParameter("id", id).executeUpdate();
    }

    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public FeedbackCounts counts(long id) {
        var article = store.article(id);
        em.refresh(article);
        var comments = em.createNamedQuery(ArticleFeedbackEntry.LATEST_COMMENTS, ArticleFeedbackEntry.class)
                .setParameter("article", id).setMaxResults(LATEST_COMMENTS).getResultStream()
                .map(f -> new FeedbackCounts.Comment(f.language(), f.helpful(), f.comment(),
                        f.user() == null ? null : f.user().username(), f.createdAt()))
                .toList();
        return new FeedbackCounts(article.viewCount(), article.helpfulYes(), article.helpfulNo(), article.deflections(), comments);
    }
}
