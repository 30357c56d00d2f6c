package org.bilet.kb.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;

/**
 * The review of versions: an editor submits a draft, a reviewer (an editor or administrator, not
 * the author unless allowed) approves it or sends it back, an administrator (or an editor, where
 * publishing is delegated) publishes what was approved, and any version can be archived. Every move
 * the state does not allow is a 409 that says what would be needed.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class ArticleReview {

    @Inject
    EntityManager em;

    @Inject
    ArticleStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /**
     * What administrators allow (publishing by editors, approving one's own version), so that a
     * screen offers only the moves the caller may make; the moves themselves check again.
     */
    public ReviewRules rules() {
        return store.rules();
    }

    public VersionInfo submit(long id, int number) {
        var version = store.forChange(id).version(number);
        version.submit();
        return saved(version);
    }

    public VersionInfo approve(long id, int number) {
        var version = store.forChange(id).version(number);
        version.approve(currentUser.get(), store.rules(), clock.instant());
        return saved(version);
    }

    public VersionInfo sendBack(long id, int number, String note) {
        var version = store.forChange(id).version(number);
        if (note != null && note.strip().length() > ArticleText.MAX_NOTE) {
            throw InvalidInputException.of("note", "A note has " + ArticleText.MAX_NOTE + " characters at most.");
        }
        version.sendBack(note == null || note.isBlank() ? null : note.strip());
        return saved(version);
    }

    /** Publishes the version, or when none is named the language's approved version. */
    public VersionInfo publish(long id, String language, Integer number) {
        var article = store.forChange(id);
        var code = language == null && number != null ? null : ArticleLanguage.parse("language", language);
        var version = number != null ? article.version(number) : article.approvedIn(code);
        if (code != null && !version.language().equals(code)) {
            throw InvalidInputException.of("language", "Version " + number + " is in " + version.language() + ", not " + code + ".");
        }
        return saved(article.publish(version.number(), currentUser.get(), store.rules(), clock.instant()));
    }

    public VersionInfo archive(long id, int number) {
        var version = store.forChange(id).version(number);
        version.archive();
        return saved(version);
    }

    private VersionInfo saved(ArticleVersion version) {
        em.flush();
        return VersionInfo.of(version, true);
    }
}
