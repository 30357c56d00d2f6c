package org.bilet.web.desk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.bilet.kb.article.ArticleReading;
import org.bilet.kb.article.ArticleSummary;
import org.bilet.kb.language.TextLanguage;
import org.bilet.kb.search.ArticleSearch;
import org.bilet.platform.Settings;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * "Insert article" beside the canned responses of the ticket screen: find an article the agent may
 * read (titled in the ticket's language), then add to the reply either a link to it (its address for
 * readers) or its text, in the ticket's language when it is published in it, else in its original.
 */
@Named
@ViewScoped
public class ReplyArticles implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int FOUND = 10;

    @EJB
    ArticleSearch search;

    @EJB
    ArticleReading reading;

    @Inject
    Settings settings;

    @Inject
    TicketView ticketView;

    private Long chosenId;
    private List<ArticleSummary> found = List.of();

    public List<ArticleSummary> find(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        var page = Refusals.inForm("reply").attempt(() -> search.listTitledIn(ticketLanguage(), words.strip(), null, 0, FOUND));
        found = page == null ? List.of() : page.items();
        return found;
    }

    /** The chosen article's address and title, as a link. */
    public void insertLink() {
        var chosen = chosen();
        if (chosen == null) {
            Texts.warn(null, "insert.choose");
            return;
        }
        var address = settings.baseUrl().resolve("kb/article.xhtml?id=" + chosen.id()).toString();
        ticketView.getReply().append("<p><a href=\"" + escape(address) + "\">" + escape(chosen.title()) + "</a></p>");
        chosenId = null;
    }

    /** The chosen article's text (sanitized when it was saved), in the ticket's language if it has it. */
    public void insertText() {
        var chosen = chosen();
        if (chosen == null) {
            Texts.warn(null, "insert.choose");
            return;
        }
        var language = chosen.languages().contains(ticketLanguage()) ? ticketLanguage() : chosen.originalLanguage();
        var article = Refusals.inForm("reply").attempt(() -> reading.translation(chosen.id(), language));
        if (article != null) {
            ticketView.getReply().append("<p><strong>" + escape(article.title()) + "</strong></p>" + article.body());
            chosenId = null;
        }
    }

    /** The language the ticket is written in, else the one of the page. */
    private String ticketLanguage() {
        return TextLanguage.ofCode(ticketView.getTicket().language()).map(TextLanguage::code)
                .orElseGet(() -> FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    /** The article chosen among those found, or null. */
    private ArticleSummary chosen() {
        return chosenId == null ? null : found.stream().filter(a -> a.id() == chosenId).findFirst().orElse(null);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
    }

    public Long getChosenId() {
        return chosenId;
    }

    public void setChosenId(Long chosenId) {
        this.chosenId = chosenId;
    }
}
