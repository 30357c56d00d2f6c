package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.bilet.catalog.Catalog;
import org.bilet.kb.search.SimilarTicket;
import org.bilet.kb.search.SimilarTickets;
import org.bilet.people.Directory;
import org.bilet.people.TeamInfo;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.StaleVersionException;
import org.bilet.replies.CannedResponseInfo;
import org.bilet.replies.CannedResponses;
import org.bilet.tickets.CustomerHistory;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketHistory;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TimelineEntry;
import org.bilet.tickets.attachments.AttachmentInfo;
import org.bilet.tickets.attachments.TicketAttachments;
import org.bilet.web.session.NotFound;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;
import org.bilet.web.session.UserSession;
import org.bilet.web.tickets.Uploads;

/**
 * The ticket screen of the helpdesk: the timeline, the reply box and the ticket's fields. Every
 * save and every reply carries the version the agent saw; if the ticket changed meanwhile it is
 * refused and the screen shows the new state instead of overwriting it.
 */
@Named
@ViewScoped
public class TicketView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIMILAR_SHOWN = 5;

    @Inject
    TicketFinder finder;

    @Inject
    TicketDesk desk;

    @Inject
    TicketHistory history;

    @Inject
    TicketAttachments attachments;

    @Inject
    Directory directory;

    @Inject
    Catalog catalog;

    @Inject
    Uploads uploads;

    @Inject
    UserSession me;

    @Inject
    TicketPresence presence;

    @Inject
    CannedResponses cannedResponses;

    @Inject
    SimilarTickets similarTickets;

    private String number;
    private TicketDetails ticket;
    private TicketForm form;
    private List<TimelineEntry> timeline;
    private List<AttachmentInfo> files;
    private CustomerHistory customerHistory;
    private List<SimilarTicket> similarSolved;
    private final ReplyDraft reply = new ReplyDraft();
    private final Choices choices = new Choices();
    private boolean typing;
    private boolean changedMeanwhile;
    private Long cannedResponseId;
    private List<CannedResponseInfo> cannedResponseChoices;

    /** An unknown number, or one the caller may not see, gets the not-found page. */
    public void open() throws IOException {
        if (number == null || number.isBlank()) {
            NotFound.respond();
            return;
        }
        try {
            reload();
            heartbeat();
        } catch (ResourceNotFoundException e) {
            NotFound.respond();
        }
    }

    /**
     * Sent by the screen every few seconds: tells others this agent is here (and typing), and
     * tells this agent whether someone changed the ticket since it was loaded.
     */
    public void heartbeat() {
        presence.heartbeat(number, me.getUsername(), me.getName(), typing);
        changedMeanwhile = finder.version(number) != ticket.version();
    }

    public void leave() {
        presence.leave(number, me.getUsername());
    }

    /** Shows the ticket as it is now; the reply being written stays. */
    public void refresh() {
        reload();
    }

    public List<TicketPresence.Viewer> getOthers() {
        return presence.othersOn(number, me.getUsername());
    }

    private void reload() {
        changedMeanwhile = false;
        ticket = finder.find(number);
        number = ticket.number();
        form = new TicketForm(ticket, me.getZone());
        timeline = history.timeline(number);
        files = attachments.list(number).stream().filter(f -> f.messageId() == null).toList();
        customerHistory = null;
    }

    public void save() {
        var changes = form.changes();
        if (changes.equals(TicketChanges.none())) {
            Texts.info("ticket.nothingChanged");
            return;
        }
        change(changes, "ticket.saved");
    }

    /** Assigns the ticket to the signed-in agent. */
    public void take() {
        change(TicketChanges.none().withAssignee(me.getUsername()), "ticket.taken");
    }

    public void release() {
        change(TicketChanges.none().unassigned(), "ticket.released");
    }

    private void change(TicketChanges changes, String doneKey) {
        var changed = Refusals.inForm("fields").field("snoozeUntil", "fields:snooze")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn(null, "ticket.stale");
                    reload();
                })
                .attempt(() -> desk.change(number, ticket.version(), changes));
        if (changed != null) {
            Texts.info(doneKey);
            reload();
        }
    }

    public void send() {
        if (reply.isEmpty()) {
            Texts.error("reply:editor", "reply.empty");
            return;
        }
        var files = uploads.stage("reply", "reply:files");
        if (files == null) {
            return;
        }
        // The reply and its files in one call: a refused reply keeps the whole draft, text and files,
        // so the agent reads what changed and sends again.
        var posted = Refusals.inForm("reply").field("body", "reply:editor")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn(null, "reply.stale");
                    reload();
                })
                .attempt(() -> desk.post(number, ticket.version(), new NewMessage(reply.getBody(), reply.isInternal()), files));
        if (posted != null) {
            Texts.info(reply.isInternal() ? "reply.noteAdded" : "reply.sent");
            reply.clear();
            uploads.clear();
            reload();
        }
    }

    /** Adds the chosen canned response, filled in for this ticket, to what the agent is writing. */
    public void insertCannedResponse() {
        if (cannedResponseId == null) {
            return;
        }
        var rendered = Refusals.inForm("reply").attempt(() -> cannedResponses.render(cannedResponseId, number));
        if (rendered != null) {
            reply.append(rendered);
        }
        cannedResponseId = null;
    }

    public List<CannedResponseInfo> getCannedResponses() {
        if (cannedResponseChoices == null) {
            cannedResponseChoices = cannedResponses.available(me.getLanguage());
        }
        return cannedResponseChoices;
    }

    public boolean isAssignedToMe() {
        return ticket.assignee() != null && ticket.assignee().username().equals(me.getUsername());
    }

    public CustomerHistory getCustomerHistory() {
        if (customerHistory == null) {
            customerHistory = history.customerHistory(number);
        }
        return customerHistory;
    }

    /** Solved tickets like this one, with their resolutions: read only when the deferred panel loads. */
    public List<SimilarTicket> getSimilarSolved() {
        if (similarSolved == null) {
            similarSolved = similarTickets.solvedLikeTicket(number, SIMILAR_SHOWN);
        }
        return similarSolved;
    }

    public List<TicketStatus> getStatuses() {
        var choices = new ArrayList<TicketStatus>();
        choices.add(ticket.status());
        choices.addAll(ticket.status().next());
        return choices;
    }

    public List<Catalog.PriorityInfo> getPriorities() {
        return choices.priorities(catalog::priorities);
    }

    public List<Catalog.CategoryInfo> getCategories() {
        return choices.categories(catalog::categories);
    }

    public List<Catalog.CustomFieldInfo> getCustomFieldDefinitions() {
        return choices.customFields(catalog::customFields);
    }

    public List<TeamInfo> getTeams() {
        return choices.teams(directory::teams);
    }

    public List<TeamInfo.Member> getStaff() {
        return choices.staff(directory::staff);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public TicketDetails getTicket() {
        return ticket;
    }

    public TicketForm getForm() {
        return form;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<AttachmentInfo> getFiles() {
        return files;
    }

    public ReplyDraft getReply() {
        return reply;
    }

    public Uploads getUploads() {
        return uploads;
    }

    public Long getCannedResponseId() {
        return cannedResponseId;
    }

    public void setCannedResponseId(Long cannedResponseId) {
        this.cannedResponseId = cannedResponseId;
    }

    public boolean isTyping() {
        return typing;
    }

    public void setTyping(boolean typing) {
        this.typing = typing;
    }

    public boolean isChangedMeanwhile() {
        return changedMeanwhile;
    }
}
