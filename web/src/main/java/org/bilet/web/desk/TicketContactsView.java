package org.bilet.web.desk;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.regex.Pattern;
import org.bilet.tickets.contacts.ContactLog;
import org.bilet.tickets.contacts.NewContact;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.primefaces.PrimeFaces;

/**
 * The ticket screen's two dialogs, "Log a call" and "Add chat transcript". What the agent typed
 * stays in this view until the contact is logged: a refusal shows at its field and the dialog stays
 * open with everything in it; only a logged contact empties it and closes the dialog.
 */
@Named
@ViewScoped
public class TicketContactsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** "3:07", "3", "0:45": minutes, optionally with seconds. */
    private static final Pattern DURATION = Pattern.compile("(\\d{1,4})(?::([0-5]?\\d))?");

    @Inject
    ContactLog contacts;

    @Inject
    TicketView ticketView;

    private String direction = "INBOUND";
    private String phone;
    private String duration;
    private boolean missed;
    private String summary;
    private boolean callInternal;

    private String chatReference;
    private String transcript;
    private boolean chatInternal;

    public void logCall() {
        Long seconds = null;
        if (duration != null && !duration.isBlank() && !missed) {
            var matcher = DURATION.matcher(duration.strip());
            if (!matcher.matches()) {
                Texts.error("call:duration", "contact.durationInvalid");
                failed();
                return;
            }
            seconds = Long.parseLong(matcher.group(1)) * 60 + (matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2)));
        }
        var call = new NewContact("call", direction, phone, seconds, missed, summary, null, null, callInternal, null);
        var logged = Refusals.inForm("call").field("durationSeconds", "call:duration")
                .attempt(() -> contacts.log(ticketView.getNumber(), call));
        if (logged != null) {
            Texts.info("contact.callLogged");
            direction = "INBOUND";
            phone = null;
            duration = null;
            missed = false;
            summary = null;
            callInternal = false;
            done();
        }
    }

    public void addChat() {
        var chat = new NewContact("chat", null, null, null, null, null, transcript, chatReference, chatInternal, null);
        var logged = Refusals.inForm("chat").attempt(() -> contacts.log(ticketView.getNumber(), chat));
        if (logged != null) {
            Texts.info("contact.chatAdded");
            chatReference = null;
            transcript = null;
            chatInternal = false;
            done();
        }
    }

    private void done() {
        ticketView.refresh();
        PrimeFaces.current().ajax().addCallbackParam("logged", true);
    }

    private static void failed() {
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDuration() {
        return duration;
    }

    public void setDuration(String duration) {
        this.duration = duration;
    }

    public boolean isMissed() {
        return missed;
    }

    public void setMissed(boolean missed) {
        this.missed = missed;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public boolean isCallInternal() {
        return callInternal;
    }

    public void setCallInternal(boolean callInternal) {
        this.callInternal = callInternal;
    }

    public String getChatReference() {
        return chatReference;
    }

    public void setChatReference(String chatReference) {
        this.chatReference = chatReference;
    }

    public String getTranscript() {
        return transcript;
    }

    public void setTranscript(String transcript) {
        this.transcript = transcript;
    }

    public boolean isChatInternal() {
        return chatInternal;
    }

    public void setChatInternal(boolean chatInternal) {
        this.chatInternal = chatInternal;
    }
}
