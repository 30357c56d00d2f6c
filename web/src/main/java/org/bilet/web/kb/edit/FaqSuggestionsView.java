package org.bilet.web.kb.edit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.bilet.kb.faq.FaqMining;
import org.bilet.kb.faq.FaqSuggestions;
import org.bilet.platform.ConflictException;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * /kb/edit/faq.xhtml: the recurring problems the FAQ miner found, each with its tickets and a
 * draft; accepting one makes the draft article and opens it, dismissing one hides it until the
 * problem has grown; "Recompute now" runs the miner while the page waits.
 */
@Named
@ViewScoped
public class FaqSuggestionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Tickets listed per suggestion; the rest are counted. */
    static final int TICKETS_SHOWN = 10;

    @Inject
    FaqSuggestions suggestions;

    @Inject
    FaqMining mining;

    @Inject
    EditorGate gate;

    private FaqSuggestions.Suggestions open;

    @PostConstruct
    void init() {
        if (!gate.require()) {
            return;
        }
        load();
    }

    private void load() {
        open = suggestions.open();
    }

    public void recompute() {
        var done = Refusals.inForm("faq")
                .on(ConflictException.class, running -> Texts.warn(null, "kbedit.faq.running"))
                .attempt(mining::refresh);
        load();
        if (done != null) {
            Texts.info("kbedit.faq.recomputed", open.items().size());
        }
    }

    public String accept(long id) {
        var article = Refusals.inForm("faq").attempt(() -> suggestions.accept(id));
        if (article == null) {
            load();
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Texts.info("kbedit.faq.accepted");
        return "/kb/edit/article?faces-redirect=true&id=" + article;
    }

    public void dismiss(long id) {
        if (Refusals.inForm("faq").attempt(() -> suggestions.dismiss(id))) {
            Texts.info("kbedit.faq.dismissed");
        }
        load();
    }

    /** "↑ 2.1×" for a problem growing, "steady" otherwise, "↓ 0.5×" for one fading. */
    public String trend(double trend) {
        if (trend >= 1.2) {
            return "↑ " + String.format(Locale.ROOT, "%.1f", trend) + "×";
        }
        if (trend <= 0.8) {
            return "↓ " + String.format(Locale.ROOT, "%.1f", trend) + "×";
        }
        return Texts.text("kbedit.faq.steady");
    }

    public List<String> firstTickets(FaqSuggestions.Suggestion suggestion) {
        return suggestion.ticketNumbers().stream().limit(TICKETS_SHOWN).toList();
    }

    public int moreTickets(FaqSuggestions.Suggestion suggestion) {
        return Math.max(0, suggestion.ticketNumbers().size() - TICKETS_SHOWN);
    }

    public FaqSuggestions.Suggestions getOpen() {
        return open;
    }
}
