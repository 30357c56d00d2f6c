package org.bilet.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bilet.platform.BrokenRuleException;
import org.bilet.reports.csat.SurveyExpiredException;
import org.bilet.reports.csat.SurveyView;
import org.bilet.reports.csat.Surveys;
import org.bilet.tickets.TicketStatus;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.survey.SurveyForm;

/**
 * The satisfaction survey on the portal's ticket page: its requester rates a resolved (or closed)
 * ticket, and may change the rating for 7 days; afterwards the page shows what they gave. Read
 * once per page, for the requester only.
 */
@Named
@ViewScoped
public class MySurveyView extends SurveyForm {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    MyTicketView ticketView;

    private boolean read;

    @Override
    public SurveyView getSurvey() {
        if (!read) {
            read = true;
            var ticket = ticketView.getTicket();
            if (ticket != null && ticketView.isRequester()) {
                show(surveys.ofTicket(ticket.number()).orElse(null));
            }
        }
        return survey;
    }

    /** On a resolved or closed ticket, while it can be answered, or once it was. */
    public boolean isShown() {
        var ticket = ticketView.getTicket();
        var shown = getSurvey();
        return shown != null && ticket != null && ticket.status().isDone() && (shown.changeable() || shown.answered());
    }

    @Override
    public void send() {
        var number = ticketView.getTicket().number();
        var answered = Refusals.inForm("survey")
                .on(SurveyExpiredException.class, e -> {
                    read = false;
                    Texts.error(null, "survey.expired");
                })
                .on(BrokenRuleException.class, e -> {
                    read = false;
                    Texts.error(null, "survey.closed");
                })
                .attempt(() -> surveys.answer(number, getRating(), getComment()));
        if (answered != null) {
            thank(answered);
        }
    }
}
