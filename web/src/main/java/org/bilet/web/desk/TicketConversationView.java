package org.bilet.web.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.platform.StaleVersionException;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.conversations.LinkInfo;
import org.bilet.tickets.conversations.LinkType;
import org.bilet.tickets.conversations.MergeRequest;
import org.bilet.tickets.conversations.Merges;
import org.bilet.tickets.conversations.NewLink;
import org.bilet.tickets.conversations.NewWatcher;
import org.bilet.tickets.conversations.SplitRequest;
import org.bilet.tickets.conversations.Splits;
import org.bilet.tickets.conversations.TicketLinks;
import org.bilet.tickets.conversations.WatcherInfo;
import org.bilet.tickets.conversations.Watchers;
import org.bilet.web.session.Refusals;
import org.bilet.web.session.Texts;

/**
 * The ticket screen's conversations across tickets: merging into another ticket (a dialog that asks
 * for the number, shows the target and asks to confirm), splitting a message off, the links panel
 * and the watchers panel. Refusals show at the field that caused them, and what was typed stays.
 */
@Named("conversation")
@ViewScoped
public class TicketConversationView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TicketView ticketView;

    @Inject
    TicketFinder finder;

    @Inject
    Merges merges;

    @Inject
    Splits splits;

    @Inject
    TicketLinks ticketLinks;

    @Inject
    Watchers ticketWatchers;

    private String mergeInto;
    private TicketDetails mergeTarget;
    private LinkType linkType = LinkType.RELATED;
    private String linkNumber;
    private String watcher;
    private List<LinkInfo> links;
    private List<WatcherInfo> watchers;
    private final Map<String, String> candidateLabels = new HashMap<>();

    private String number() {
        return ticketView.getNumber();
    }

    // ---- merge

    /** First step: the number typed is looked up and shown, so the agent confirms the right ticket. */
    public void checkMerge() {
        mergeTarget = null;
        if (mergeInto == null || mergeInto.isBlank()) {
            Texts.error("merge:into", "conv.merge.intoRequired");
            return;
        }
        mergeTarget = Refusals.inForm("merge").field("number", "merge:into").above("merge:into")
                .attempt(() -> finder.find(mergeInto.strip()));
    }

    /** Second step: merges, then opens the ticket merged into. */
    public String merge() {
        if (mergeTarget == null) {
            checkMerge();
            return null;
        }
        var target = Refusals.inForm("merge").field("into", "merge:into").field("number", "merge:into").above("merge:into")
                .on(StaleVersionException.class, stale -> {
                    Texts.warn("merge:into", "ticket.stale");
                    ticketView.refresh();
                })
                .attempt(() -> merges.merge(number(), new MergeRequest(mergeTarget.number(), ticketView.getTicket().version())));
        if (target == null) {
            mergeTarget = null;
            return null;
        }
        return "/desk/ticket?faces-redirect=true&number=" + target.number();
    }

    public void cancelMerge() {
        mergeTarget = null;
    }

    // ---- split

    /** Makes a public message a new ticket for the same requester and opens it. */
    public String split(long messageId) {
        var created = Refusals.inForm("timelineActions").attempt(() -> splits.split(number(), messageId, new SplitRequest(null)));
        return created == null ? null : "/desk/ticket?faces-redirect=true&number=" + created.number();
    }

    // ---- links

    public List<LinkInfo> getLinks() {
        if (links == null) {
            links = ticketLinks.list(number());
        }
        return links;
    }

    public void addLink() {
        if (linkNumber == null || linkNumber.isBlank()) {
            Texts.error("links:linkNumber", "conv.merge.intoRequired");
            return;
        }
        var changed = Refusals.inForm("links").field("number", "links:linkNumber").field("type", "links:linkType")
                .above("links:linkNumber")
                .attempt(() -> ticketLinks.link(number(), new NewLink(linkType.name(), linkNumber.strip())));
        if (changed != null) {
            links = changed;
            linkNumber = null;
            ticketView.refresh();
        }
    }

    public void removeLink(String other) {
        var changed = Refusals.inForm("links").attempt(() -> ticketLinks.unlink(number(), other));
        if (changed != null) {
            links = changed;
            ticketView.refresh();
        }
    }

    public LinkType[] getLinkTypes() {
        return LinkType.values();
    }

    // ---- watchers

    public List<WatcherInfo> getWatchers() {
        if (watchers == null) {
            watchers = ticketWatchers.list(number());
        }
        return watchers;
    }

    /** Staff and the requester's colleagues whose name or username contains the text. */
    public List<String> completeWatcher(String text) {
        var found = ticketWatchers.candidates(number(), text);
        found.forEach(c -> candidateLabels.put(c.username(), c.name() + " (" + c.username() + ")"));
        return found.stream().map(WatcherInfo::username).toList();
    }

    public String candidateLabel(String username) {
        return candidateLabels.getOrDefault(username, username);
    }

    public void addWatcher() {
        if (watcher == null || watcher.isBlank()) {
            return;
        }
        var changed = Refusals.inForm("watchers").field("username", "watchers:watcher").above("watchers:watcher")
                .attempt(() -> ticketWatchers.add(number(), new NewWatcher(watcher.strip())));
        if (changed != null) {
            watchers = changed;
            watcher = null;
            ticketView.refresh();
        }
    }

    public void removeWatcher(String username) {
        var changed = Refusals.inForm("watchers").attempt(() -> ticketWatchers.remove(number(), username));
        if (changed != null) {
            watchers = changed;
            ticketView.refresh();
        }
    }

    // ---- form values

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public TicketDetails getMergeTarget() {
        return mergeTarget;
    }

    public LinkType getLinkType() {
        return linkType;
    }

    public void setLinkType(LinkType linkType) {
        this.linkType = linkType;
    }

    public String getLinkNumber() {
        return linkNumber;
    }

    public void setLinkNumber(String linkNumber) {
        this.linkNumber = linkNumber;
    }

    public String getWatcher() {
        return watcher;
    }

    public void setWatcher(String watcher) {
        this.watcher = watcher;
    }
}
