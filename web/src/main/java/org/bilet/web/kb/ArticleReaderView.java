package org.bilet.web.kb;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.bilet.kb.article.ArticleFeedback;
import org.bilet.kb.article.ArticleReading;
import org.bilet.kb.article.ArticleView;
import org.bilet.kb.article.FeedbackRequest;
import org.bilet.kb.article.SignInRequired;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.web.session.NotFound;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;

/**
 * One article ({@code /kb/article.xhtml?id=N}, {@code &lang=} for another of its languages): in the
 * reader's language, or the original with a note saying so; then "Did this help?", once per page
 * view. The service counts the view and says what the reader may read: someone not signed in is
 * asked to sign in for what is not public, anything else missing is the not-found page.
 */
@Named
@ViewScoped
public class ArticleReaderView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleReading reading;

    @EJB
    ArticleFeedback feedback;

    /** The page's language: the signed-in person's, else the one chosen or the browser's (also right after a change). */
    @Inject
    UserSession me;

    private Long id;
    private String lang;
    private ArticleView article;
    private boolean signInRequired;
    private String comment;
    private boolean voted;

    /** On opening, and again after the language menu changed the page's language (not for the page's own Ajax). */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            return;
        }
        if (id == null) {
            NotFound.respond();
            return;
        }
        try {
            article = reading.read(id, lang == null || lang.isBlank() ? me.getLanguage() : lang);
        } catch (SignInRequired e) {
            signInRequired = true;
        } catch (ResourceNotFoundException | InvalidInputException e) {
            NotFound.respond();
        }
    }

    /** "Did this help?": yes or no, with what the reader added; one vote per page view. */
    public void vote(boolean helpful) {
        if (voted || article == null) {
            return;
        }
        var request = new FeedbackRequest(helpful, comment, article.language());
        voted = Refusals.inForm("feedback").attempt(() -> feedback.record(article.id(), request));
    }

    /** "This article is not yet available in Polish; showing the English original." */
    public String getFallbackNote() {
        return Texts.text("article.fallback", ReaderLanguages.name(article.requestedLanguage()),
                ReaderLanguages.name(article.language()));
    }

    /** The other languages it is published in, each with its own name. */
    public List<Language> getOtherLanguages() {
        return article.languages().stream().filter(l -> !l.equals(article.language()))
                .map(l -> new Language(l, ReaderLanguages.endonym(l))).toList();
    }

    /** A language to read the article in. */
    public record Language(String code, String name) implements Serializable {
    }

    public ArticleView getArticle() {
        return article;
    }

    public boolean isSignInRequired() {
        return signInRequired;
    }

    public boolean isVoted() {
        return voted;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
