package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.bilet.worklog.NewTimeEntry;
import org.bilet.worklog.TicketTime;
import org.bilet.worklog.TimeEntry;
import org.bilet.worklog.TimeLog;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/** The time panel of the ticket screen: what was logged on the ticket, and a small form to log more. */
@Named
@ViewScoped
public class TicketTimeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimeLog timeLog;

    @Inject
    TicketView ticketView;

    private TicketTime time;
    private Integer minutes;
    private String note;

    public TicketTime getTime() {
        if (time == null) {
            time = timeLog.of(ticketView.getNumber());
        }
        return time;
    }

    public void log() {
        if (minutes == null || minutes < TimeEntry.MIN_MINUTES || minutes > TimeEntry.MAX_MINUTES) {
            Texts.error("time:minutes", "timelog.minutesInvalid");
            return;
        }
        var logged = Refusals.inForm("time").field("minutes", "time:minutes").field("note", "time:note")
                .attempt(() -> timeLog.log(ticketView.getNumber(), new NewTimeEntry(minutes, note)));
        if (logged != null) {
            Texts.info("timelog.logged", logged.minutes());
            minutes = null;
            note = null;
            time = null;
        }
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
