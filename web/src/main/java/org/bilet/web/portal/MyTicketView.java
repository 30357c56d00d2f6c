package org.bilet.web.portal;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.bilet.catalog.Catalog;
import org.bilet.platform.BiletException;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.RequesterVisits;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketEvent;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketHistory;
import org.bilet.tickets.conversations.LinkInfo;
import org.bilet.tickets.conversations.TicketLinks;
import org.bilet.tickets.TicketStatus;
import org.bilet.tickets.TimelineEntry;
import org.bilet.tickets.attachments.AttachmentInfo;
import org.bilet.tickets.attachments.TicketAttachments;
import org.bilet.web.session.NotFound;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.ShownNames;
import org.bilet.web.session.Texts;
import org.bilet.web.tickets.Uploads;
import org.bilet.web.session.UserSession;

/**
 * One ticket as its requester sees it: the facts, the public conversation with the status changes
 * in between, the files, and what the requester can do next (reply, or confirm or reopen a
 * resolution). A ticket the reader may not see is answered with the not-found page.
 */
@Named
@ViewScoped
public class MyTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The changes worth telling a requester about; the rest (team, due time, tags …) is the desk's business. */
    private static final Set<TicketField> TOLD_CHANGES = Set.of(TicketField.STATUS, TicketField.CATEGORY);

    /** A custom field's value with the field's label, ready to read. */
    public record FieldValue(String label, String value) implements Serializable {
    }

    @Inject
    RequesterVisits visits;

    @Inject
    TicketFinder finder;

    @Inject
    TicketHistory history;

    @Inject
    TicketLinks ticketLinks;

    @Inject
    TicketAttachments attachments;

    @Inject
    TicketDesk desk;

    @Inject
    Catalog catalog;

    @Inject
    UserSession me;

    @Inject
    ShownNames names;

    @Inject
    Uploads uploads;

    private String number;
    private TicketDetails ticket;
    /** Links to tickets the reader may see (the service leaves out the others). */
    private List<LinkInfo> links = List.of();
    private List<TimelineEntry> conversation = List.of();
    private List<AttachmentInfo> files = List.of();
    private List<FieldValue> fieldValues = List.of();
    private CategoryMenu categories;
    private String reply;
    private String reason;

    /** On opening the page: the ticket, or the not-found page when it is missing or not the reader's to see. */
    public void load() throws IOException {
        if (number == null || number.isBlank()) {
            NotFound.respond();
            return;
        }
        try {
            refresh();
        } catch (ResourceNotFoundException e) {
            NotFound.respond();
        }
    }

    public void send() {
        var files = uploads.stage("reply", "reply:files");
        if (files == null) {
            return;
        }
        // No version: a reply overwrites nothing. The reply and its files are saved in one transaction.
        var message = refusals("reply").attempt(() -> desk.post(ticket.number(), null, new NewMessage(reply, false), files));
        if (message != null) {
            uploads.clear();
            reply = null;
            refresh();
            Texts.info("answer.sent");
        }
    }

    /** "Confirm — it's solved": the requester closes a resolved ticket, at the version they read. */
    public void confirm() {
        if (refusals("decision").attempt(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withStatus(TicketStatus.CLOSED))) != null) {
            refresh();
            Texts.info("resolution.confirmed");
        }
    }

    /** "Reopen": back to OPEN with the reason as a reply, at the version they read. */
    public void reopen() {
        if (refusals("decision").attempt(() -> desk.reopen(ticket.number(), ticket.version(), reason)) != null) {
            reason = null;
            refresh();
            Texts.info("resolution.reopened");
        }
    }

    /**
     * How a service's refusal is shown. Someone else's change since the page was read (stale, or a
     * move the ticket's new state no longer allows) shows the fresh state with a word why, and
     * nothing the reader typed is lost.
     */
    private Refusals refusals(String formId) {
        Consumer<BiletException> actedFirst = e -> {
            refresh();
            Texts.warn(null, "ticket.changedWhileReading");
        };
        return Refusals.inForm(formId).on(StaleVersionException.class, actedFirst).on(ConflictException.class, actedFirst)
                .on(ForbiddenException.class, actedFirst);
    }

    private void refresh() {
        ticket = finder.find(number);
        number = ticket.number();
        visits.seen(number);
        links = ticketLinks.list(number);
        var timeline = history.timeline(number);
        // Staff may open the portal for their own tickets: the portal still shows only the public side.
        var internalMessages = timeline.stream()
                .filter(entry -> entry.message() != null && entry.message().internal())
                .map(entry -> entry.message().id())
                .collect(Collectors.toSet());
        conversation = timeline.stream().filter(entry -> isTold(entry, ticket)).toList();
        files = attachments.list(number).stream()
                .filter(file -> file.messageId() == null || !internalMessages.contains(file.messageId()))
                .toList();
        fieldValues = catalog.customFields().stream()
                .filter(field -> ticket.customFields().containsKey(field.key()))
                .map(field -> new FieldValue(names.field(field.key()), readable(field, ticket.customFields().get(field.key()))))
                .toList();
    }

    /** Public messages and calls or chats, and later changes of status and category; what the ticket was opened with is on the page anyway. */
    private static boolean isTold(TimelineEntry entry, TicketDetails ticket) {
        if (entry.message() != null) {
            return !entry.message().internal();
        }
        if (entry.contact() != null) {
            return !entry.contact().internal();
        }
        return entry.event().kind() == TicketEvent.Kind.CHANGED && TOLD_CHANGES.contains(entry.event().changedField())
                && entry.at().isAfter(ticket.createdAt());
    }

    private String readable(Catalog.CustomFieldInfo field, String value) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        try {
            return switch (field.type()) {
                case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(value));
                case NUMBER -> {
                    var format = NumberFormat.getNumberInstance(locale);
                    format.setMaximumFractionDigits(30);
                    yield format.format(new BigDecimal(value));
                }
                case TEXT -> value;
                case CHOICE -> names.choice(field.key(), value);
            };
        } catch (RuntimeException unreadable) {
            return value;
        }
    }

    /** Whether the reader is the one who reported it: only they decide on its resolution. */
    public boolean isRequester() {
        return ticket != null && ticket.requester().username().equals(me.getUsername());
    }

    public boolean isAwaitingDecision() {
        return isRequester() && ticket.status() == TicketStatus.RESOLVED;
    }

    /** A reply is possible until the ticket is closed; a resolution is answered with confirm or reopen instead. */
    public boolean isReplyOpen() {
        return ticket != null && ticket.status() != TicketStatus.CLOSED && !isAwaitingDecision();
    }

    public boolean isMine(String username) {
        return me.getUsername().equals(username);
    }

    public String categoryPath(String key) {
        if (categories == null) {
            categories = CategoryMenu.of(catalog.categoriesIn(me.getLanguage()));
        }
        return categories.path(key);
    }

    public List<LinkInfo> getLinks() {
        return links;
    }

    public TicketDetails getTicket() {
        return ticket;
    }

    public List<TimelineEntry> getConversation() {
        return conversation;
    }

    public List<AttachmentInfo> getFiles() {
        return files;
    }

    public List<FieldValue> getFieldValues() {
        return fieldValues;
    }

    public Uploads getUploads() {
        return uploads;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
