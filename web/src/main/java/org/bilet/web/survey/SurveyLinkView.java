package org.bilet.web.survey;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.reports.csat.SurveyExpiredException;
import org.bilet.reports.csat.Surveys;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * The public survey page a resolution mail links to: the ticket's number and subject, the 1–5
 * choice and the comment, thanks after sending; or that the link is unknown or has expired.
 * Works without signing in: the token is the proof.
 */
@Named
@ViewScoped
public class SurveyLinkView extends SurveyForm {

    private static final long serialVersionUID = 1L;

    /** What the page can show for its token. */
    public enum State { OPEN, UNKNOWN, EXPIRED }

    @Inject
    Surveys surveys;

    private String token;
    private State state = State.UNKNOWN;

    public void load() {
        try {
            show(surveys.byToken(token));
            state = State.OPEN;
        } catch (ResourceNotFoundException e) {
            state = State.UNKNOWN;
        } catch (SurveyExpiredException e) {
            state = State.EXPIRED;
        }
    }

    @Override
    public void send() {
        var answered = Refusals.inForm("survey")
                .on(SurveyExpiredException.class, e -> state = State.EXPIRED)
                .on(ResourceNotFoundException.class, e -> state = State.UNKNOWN)
                .on(BrokenRuleException.class, e -> {
                    load();
                    Texts.error(null, "survey.closed");
                })
                .attempt(() -> surveys.answerByToken(token, getRating(), getComment()));
        if (answered != null) {
            thank(answered);
        }
    }

    public State getState() {
        return state;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
