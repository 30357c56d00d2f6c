package org.bilet.web.portal;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bilet.kb.article.ArticleFeedback;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.kb.search.SearchHit;
import org.bilet.kb.search.SimilarTicket;
import org.bilet.kb.search.SimilarTickets;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * While an employee describes a problem on "New ticket": articles and solved tickets of theirs like
 * it, and "This solved my problem", which counts a deflection and sends no ticket. Each field's
 * keystrokes (debounced) send only that field; its text is read as typed, before any validation, so
 * an empty required field says nothing yet, and the inputs are never re-rendered: nothing typed is lost.
 */
@Named
@ViewScoped
public class SelfHelpView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ARTICLES = 5;
    static final int TICKETS = 3;
    /** Fewer characters than this say too little to look for. */
    static final int SAYS_ENOUGH = 4;

    @EJB
    ArticleSearch articleSearch;

    @EJB
    SimilarTickets similarTickets;

    @EJB
    ArticleFeedback feedback;

    private String subject = "";
    private String description = "";
    private List<SearchHit> articles = List.of();
    private List<SimilarTicket> tickets = List.of();

    /** The subject or the description changed (an immediate Ajax event of that input): look again. */
    public void typed(AjaxBehaviorEvent event) {
        var input = (UIInput) event.getComponent();
        var text = input.getSubmittedValue() instanceof String typed ? typed : "";
        if (input.getId().equals("subject")) {
            subject = text;
        } else {
            description = text;
        }
        look();
        // Only the side panel is rendered: no validation, no model update of the form being written.
        FacesContext.getCurrentInstance().renderResponse();
    }

    private void look() {
        var text = (subject.strip() + "\n" + description.strip()).strip();
        if (text.length() < SAYS_ENOUGH) {
            articles = List.of();
            tickets = List.of();
            return;
        }
        var refusals = Refusals.inForm("selfHelp");
        articles = orNone(refusals.attempt(() -> articleSearch.like(text, ARTICLES)));
        tickets = orNone(refusals.attempt(() -> similarTickets.solvedLike(text, TICKETS)));
    }

    /** "This solved my problem": counted for the article; no ticket is sent. */
    public String solved(long article) {
        if (!Refusals.inForm("selfHelp").attempt(() -> feedback.deflected(article))) {
            return null;
        }
        Texts.info("suggest.thanks");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/portal/tickets?faces-redirect=true";
    }

    private static <T> List<T> orNone(List<T> found) {
        return found == null ? List.of() : found;
    }

    public boolean isShown() {
        return !articles.isEmpty() || !tickets.isEmpty();
    }

    public List<SearchHit> getArticles() {
        return articles;
    }

    public List<SimilarTicket> getTickets() {
        return tickets;
    }
}
