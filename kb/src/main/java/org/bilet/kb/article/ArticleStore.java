package org.bilet.kb.article;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;

/** Loads articles and categories for the services, with the refusals callers understand. */
@Dependent
class ArticleStore {

    @Inject
    EntityManager em;

    Article article(long id) {
        var article = em.find(Article.class, id);
        if (article == null) {
            throw notFound(id);
        }
        return article;
    }

    /**
     * A published article the reader may read. Someone not signed in is asked to sign in for what
     * is not public; a signed-in reader who may not read it finds nothing, as if it did not exist.
     */
    Article readable(long id, ArticleReaders readers) {
        var article = article(id);
        if (!readers.mayRead(article)) {
            if (!readers.signedIn()) {
                throw new SignInRequired(id);
            }
            throw notFound(id);
        }
        if (!article.isPublished()) {
            throw notFound(id);
        }
        return article;
    }

    /** The article with its row locked until the transaction ends, so that changes to it and its versions serialize. */
    Article forChange(long id) {
        var article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw notFound(id);
        }
        return article;
    }

    /** The category a request names in the field; a 400 when there is none such. */
    ArticleCategory category(String field, Long id) {
        if (id == null) {
            throw InvalidInputException.of(field, field + " is required: the id of a knowledge-base category.");
        }
        var category = em.find(ArticleCategory.class, id);
        if (category == null) {
            throw InvalidInputException.of(field, "There is no knowledge-base category " + id + ".");
        }
        return category;
    }

    ReviewRules rules() {
        return em.find(KbSettings.class, KbSettings.ID).rules();
    }

    static ResourceNotFoundException notFound(long id) {
        return new ResourceNotFoundException("There is no article " + id + " that you can read.");
    }
}
