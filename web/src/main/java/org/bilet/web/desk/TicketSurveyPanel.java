package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bilet.reports.csat.SurveyView;
import org.bilet.reports.csat.Surveys;

/**
 * The requester's satisfaction rating on the ticket screen, for staff: the rating and comment once
 * answered, or that the question is waiting; nothing before the ticket was resolved. Read again
 * when the ticket has changed since.
 */
@Named
@ViewScoped
public class TicketSurveyPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    @Inject
    TicketView ticketView;

    private SurveyView survey;
    private long readAtVersion = -1;

    public SurveyView getSurvey() {
        var ticket = ticketView.getTicket();
        if (ticket == null) {
            return null;
        }
        if (ticket.version() != readAtVersion) {
            readAtVersion = ticket.version();
            survey = surveys.ofTicket(ticket.number()).orElse(null);
        }
        return survey;
    }
}
