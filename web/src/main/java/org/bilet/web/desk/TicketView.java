package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bilet.catalog.Catalog;
import org.bilet.desk.TicketPresence;
import org.bilet.kb.search.SimilarTicket;
import org.bilet.kb.search.SimilarTickets;
import org.bilet.kb.search.SearchUnavailableException;
import org.bilet.names.DisplayNames;
import org.bilet.names.NameLookup;
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
 * save and every reply carries the version the agent saw. Nothing the agent typed is lost when the
 * ticket is read again: unsaved field edits stay on top of the new state (a sent reply says they
 * are still unsaved), the reply being written stays, and what others changed meanwhile is marked.
 * A save refused as stale is laid over what changed meanwhile and sent again, unless it clashes.
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

    /** The others on this ticket, read once per heartbeat. */
    private List<TicketPresence.Viewer> others;

    @Inject
    CannedResponses cannedResponses;

    @Inject
    SimilarTickets similarTickets;

    @Inject
    NameLookup nameLookup;

    private String number;
    private TicketDetails ticket;
    private TicketForm form;
    private List<TimelineEntry> timeline;
    private DisplayNames names = DisplayNames.NONE;
    private List<AttachmentInfo> files;
    private CustomerHistory customerHistory;
    private String askedFor;
    private Set<String> askedFields;
    private List<SimilarTicket> similarSolved;
    private boolean similarUnavailable;
    private final ReplyDraft reply = new ReplyDraft();
    private final Choices choices = new Choices();
    private boolean typing;
    private boolean changedMeanwhile;
    /** Fields others changed since the agent last saw the ticket, to mark them; empty unless just shown. */
    private Set<String> changedFields = Set.of();
    /** Timeline entries the agent has seen, and those that came since the previous reading. */
    private Set<String> seenEntries = Set.of();
    private Set<String> newEntries = Set.of();
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
        others = null;
        changedMeanwhile = finder.version(number) != ticket.version();
    }

    public void leave() {
        presence.leave(number, me.getUsername());
    }

    /** "Show the changes": the ticket as it is now, what others changed marked; the agent's edits stay. */
    public void showChanges() {
        show(finder.find(number), true);
    }

    /** Reads the ticket again after a change of its own panels (links, watchers); the agent's edits stay. */
    public void refresh() {
        show(finder.find(number), false);
    }

    /** Read once per request: the page asks for it more than once while it renders. */
    public List<TicketPresence.Viewer> getOthers() {
        if (others == null) {
            others = presence.othersOn(number, me.getUsername());
        }
        return others;
    }

    /** The first reading, and the one after a save: the fields show the ticket as saved. */
    private void reload() {
        var current = finder.find(number);
        load(current, new TicketForm(current, me.getZone()), false);
    }

    /** Shows the ticket as it is now with the agent's unsaved edits on top; marks what others changed if asked. */
    private void show(TicketDetails current, boolean markChanges) {
        load(current, form.rebasedOn(current, true), markChanges);
    }

    private void load(TicketDetails current, TicketForm newForm, boolean markChanges) {
        var before = ticket;
        changedMeanwhile = false;
        ticket = current;
        number = ticket.number();
        form = newForm;
        timeline = history.timeline(number);
        names = nameLookup.of(EventTexts.keysOf(timeline.stream().map(TimelineEntry::event).filter(Objects::nonNull).toList()));
        var entries = timeline.stream().map(TicketView::key).collect(Collectors.toCollection(LinkedHashSet::new));
        if (markChanges && before != null) {
            changedFields = TicketFields.changedBetween(before, current);
            newEntries = new HashSet<>(entries);
            newEntries.removeAll(seenEntries);
        } else {
            changedFields = Set.of();
            newEntries = Set.of();
        }
        seenEntries = entries;
        files = attachments.list(number).stream().filter(f -> f.messageId() == null).toList();
        customerHistory = null;
    }

    private static String key(TimelineEntry entry) {
        if (entry.message() != null) {
            return "message-" + entry.message().id();
        }
        return entry.event() != null ? "event-" + entry.event().id() : "contact-" + entry.contact().id();
    }

    public void save() {
        var changes = form.changes();
        if (changes.equals(TicketChanges.none())) {
            Texts.info("ticket.nothingChanged");
            return;
        }
        var saved = Refusals.inForm("fields").field("snoozeUntil", "fields:snooze")
                .on(StaleVersionException.class, stale -> saveOverChangesMeanwhile())
                .attempt(() -> desk.change(number, ticket.version(), changes));
        if (saved != null) {
            Texts.info("ticket.saved");
            reload();
        }
    }

    /**
     * The ticket changed since the agent read it. Their edits still go, at the current version, when
     * no field they changed was changed meanwhile to something else; a real clash is refused naming
     * the fields, which then show the current values while the agent's other edits stay.
     */
    private void saveOverChangesMeanwhile() {
        var current = finder.find(number);
        var clashes = form.clashesWith(current);
        if (!clashes.isEmpty()) {
            Texts.warn(null, "ticket.clash", names(clashes));
            load(current, form.rebasedOn(current, false), true);
            return;
        }
        var meanwhile = TicketFields.changedBetween(ticket, current);
        var rebased = form.rebasedOn(current, true);
        var saved = Refusals.inForm("fields").field("snoozeUntil", "fields:snooze")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn(null, "ticket.stale");
                    showChanges();
                })
                .attempt(() -> rebased.isUnchanged() ? current : desk.change(number, current.version(), rebased.changes()));
        if (saved != null) {
            Texts.info("ticket.savedWithChanges", names(meanwhile));
            reload();
            // What others changed stays marked: the agent has not looked at it yet.
            changedFields = meanwhile;
        }
    }

    /** The fields' names in the reader's language, for a message. */
    private String names(Set<String> fields) {
        return TicketFields.names(fields, getCustomFieldDefinitions());
    }

    /** Assigns the ticket to the signed-in agent. */
    public void take() {
        change(TicketChanges.none().withAssignee(me.getUsername()), "ticket.taken");
    }

    public void release() {
        change(TicketChanges.none().unassigned(), "ticket.released");
    }

    private void change(TicketChanges changes, String doneKey) {
        var changed = Refusals.inForm("fields")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn(null, "ticket.stale");
                    showChanges();
                })
                .attempt(() -> desk.change(number, ticket.version(), changes));
        if (changed != null) {
            Texts.info(doneKey);
            show(changed, false);
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
                    showChanges();
                })
                .attempt(() -> desk.post(number, ticket.version(), new NewMessage(reply.getBody(), reply.isInternal()), files));
        if (posted != null) {
            Texts.info(reply.isInternal() ? "reply.noteAdded" : "reply.sent");
            reply.clear();
            uploads.clear();
            show(finder.find(number), false);
            if (!form.isUnchanged()) {
                // A reply does not save the fields: say so, so the agent is not surprised later.
                Texts.warn(null, "reply.fieldsStillUnsaved");
            }
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

    /**
     * Solved tickets like this one, with their resolutions: read only when the deferred panel loads.
     * None while the search cluster does not answer: the ticket is worked on all the same.
     */
    public List<SimilarTicket> getSimilarSolved() {
        if (similarSolved == null) {
            try {
                similarSolved = similarTickets.solvedLikeTicket(number, SIMILAR_SHOWN);
            } catch (SearchUnavailableException e) {
                similarSolved = List.of();
                similarUnavailable = true;
            }
        }
        return similarSolved;
    }

    public boolean isSimilarUnavailable() {
        return similarUnavailable;
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

    /** The fields the ticket's category (and its parents) asks for, and any other that holds a value: not every field there is. */
    public List<Catalog.CustomFieldInfo> getCustomFieldDefinitions() {
        var category = form == null ? null : form.getCategory();
        if (askedFields == null || !Objects.equals(askedFor, category)) {
            askedFor = category;
            askedFields = catalog.customFieldsFor(category == null || category.isBlank() ? null : category).stream()
                    .map(Catalog.CustomFieldInfo::key).collect(Collectors.toSet());
        }
        return choices.customFields(catalog::customFields).stream()
                .filter(f -> askedFields.contains(f.key()) || (form != null && hasValue(form.getCustomFields().get(f.key()))))
                .toList();
    }

    private static boolean hasValue(String value) {
        return value != null && !value.isBlank();
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

    /** The names of the teams, people and fields the timeline's events mention, looked up together. */
    public DisplayNames getNames() {
        return names;
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

    /** The style of a field others changed since the agent last looked: {@code custom.<key>} for custom fields. */
    public String changedClass(String field) {
        return changedFields.contains(field) ? "changed-meanwhile" : "";
    }

    public boolean isNew(TimelineEntry entry) {
        return newEntries.contains(key(entry));
    }
}
