package org.bilet.web.desk;

import static org.bilet.web.desk.TicketFields.ASSIGNEE;
import static org.bilet.web.desk.TicketFields.CATEGORY;
import static org.bilet.web.desk.TicketFields.CUSTOM;
import static org.bilet.web.desk.TicketFields.PRIORITY;
import static org.bilet.web.desk.TicketFields.SNOOZE;
import static org.bilet.web.desk.TicketFields.STATUS;
import static org.bilet.web.desk.TicketFields.TAGS;
import static org.bilet.web.desk.TicketFields.TEAM;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketStatus;

/**
 * The editable fields of the ticket screen. It remembers the ticket as loaded, so that saving
 * sends only what the agent changed, at the version they saw. When the ticket changes meanwhile,
 * the agent's edits are laid over the new state ({@link #rebasedOn}): a three-way comparison of
 * the values the agent saw, the agent's values and the current ones says which fields clash.
 * Fields are named by {@link TicketFields}' keys.
 */
public class TicketForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TicketDetails loaded;
    private TicketStatus status;
    private String resolution;
    private LocalDateTime snoozeUntil;
    private final ZoneId zone;
    private String priority;
    private String category;
    private List<String> tags;
    private String team;
    private String assignee;
    private final Map<String, String> customFields;

    /** The snooze time is edited in the agent's time zone. */
    TicketForm(TicketDetails ticket, ZoneId zone) {
        this.loaded = ticket;
        this.zone = zone;
        this.status = ticket.status();
        this.snoozeUntil = ticket.snoozedUntil() == null ? null : LocalDateTime.ofInstant(ticket.snoozedUntil(), zone);
        this.priority = ticket.priority();
        this.category = ticket.category();
        this.tags = new ArrayList<>(ticket.tags());
        this.team = ticket.team();
        this.assignee = ticket.assignee() == null ? null : ticket.assignee().username();
        this.customFields = new LinkedHashMap<>(ticket.customFields());
    }

    /**
     * Whether the move chosen needs a note: resolving does, and so does closing a ticket that was not
     * resolved (its closing note); confirming a resolution keeps the resolution.
     */
    public boolean asksForNote() {
        return status != loaded.status() && (status == TicketStatus.RESOLVED
                || status == TicketStatus.CLOSED && loaded.status() != TicketStatus.RESOLVED);
    }

    /** The differences from the loaded ticket; none if the agent changed nothing. */
    TicketChanges changes() {
        var changes = TicketChanges.none();
        if (status != loaded.status()) {
            changes = changes.withStatus(status);
            if (asksForNote()) {
                changes = changes.withResolution(resolution);
            }
        }
        var snooze = snoozeUntil == null ? null : snoozeUntil.atZone(zone).toInstant();
        if (snooze != null && !snooze.equals(loaded.snoozedUntil())) {
            changes = changes.withSnoozeUntil(snooze);
        }
        if (!Objects.equals(priority, loaded.priority())) {
            changes = changes.withPriority(priority);
        }
        if (!Objects.equals(blank(category), loaded.category())) {
            changes = changes.withCategory(Optional.ofNullable(blank(category)));
        }
        if (!new HashSet<>(tags).equals(loaded.tags())) {
            changes = changes.withTags(Set.copyOf(tags));
        }
        if (!Objects.equals(blank(team), loaded.team())) {
            changes = changes.withTeam(Optional.ofNullable(blank(team)));
        }
        var loadedAssignee = loaded.assignee() == null ? null : loaded.assignee().username();
        if (!Objects.equals(blank(assignee), loadedAssignee)) {
            changes = blank(assignee) == null ? changes.unassigned() : changes.withAssignee(blank(assignee));
        }
        var changedFields = new LinkedHashMap<String, String>();
        customFields.forEach((key, value) -> {
            if (!Objects.equals(blank(value), loaded.customFields().get(key))) {
                changedFields.put(key, blank(value));
            }
        });
        return changedFields.isEmpty() ? changes : changes.withCustomFields(changedFields);
    }

    public boolean isUnchanged() {
        return changes().equals(TicketChanges.none());
    }

    TicketDetails loaded() {
        return loaded;
    }

    /** The fields the agent changed: those {@link #changes()} would send. */
    Set<String> edited() {
        var changes = changes();
        var edited = new LinkedHashSet<String>();
        if (changes.status() != null) {
            edited.add(STATUS);
        }
        if (changes.snoozeUntil() != null) {
            edited.add(SNOOZE);
        }
        if (changes.priority() != null) {
            edited.add(PRIORITY);
        }
        if (changes.category() != null) {
            edited.add(CATEGORY);
        }
        if (changes.tags() != null) {
            edited.add(TAGS);
        }
        if (changes.team() != null) {
            edited.add(TEAM);
        }
        if (changes.assignee() != null) {
            edited.add(ASSIGNEE);
        }
        if (changes.customFields() != null) {
            changes.customFields().keySet().forEach(key -> edited.add(CUSTOM + key));
        }
        return edited;
    }

    /**
     * The fields the agent changed that someone else changed meanwhile to another value than the
     * agent's: a real clash. A field changed by only one side, or by both to the same value, is none.
     */
    Set<String> clashesWith(TicketDetails current) {
        var clashes = new LinkedHashSet<String>();
        var meanwhile = TicketFields.changedBetween(loaded, current);
        for (var field : edited()) {
            if (meanwhile.contains(field) && !Objects.equals(value(field), TicketFields.valueOf(current, field))) {
                clashes.add(field);
            }
        }
        return clashes;
    }

    /**
     * The agent's edits laid over the ticket as it is now: fields the agent did not change show the
     * current values, the agent's own changes stay unsaved on top. A clashing field keeps the agent's
     * value if {@code keepClashes}, else shows the current one. A status the current one cannot move
     * to is not kept.
     */
    TicketForm rebasedOn(TicketDetails current, boolean keepClashes) {
        var rebased = new TicketForm(current, zone);
        var clashes = clashesWith(current);
        for (var field : edited()) {
            if (keepClashes || !clashes.contains(field)) {
                rebased.take(field, this);
            }
        }
        rebased.resolution = resolution;
        return rebased;
    }

    private void take(String field, TicketForm from) {
        switch (field) {
            case STATUS -> {
                if (loaded.status().next().contains(from.status)) {
                    status = from.status;
                }
            }
            case SNOOZE -> snoozeUntil = from.snoozeUntil;
            case PRIORITY -> priority = from.priority;
            case CATEGORY -> category = from.category;
            case TAGS -> tags = new ArrayList<>(from.tags);
            case TEAM -> team = from.team;
            case ASSIGNEE -> assignee = from.assignee;
            default -> customFields.put(TicketFields.customKey(field), from.customFields.get(TicketFields.customKey(field)));
        }
    }

    /** This form's value of a field, in the form {@link TicketFields#valueOf} gives the saved one. */
    private Object value(String field) {
        return switch (field) {
            case STATUS -> status;
            case SNOOZE -> snoozeUntil == null ? null : snoozeUntil.atZone(zone).toInstant();
            case PRIORITY -> priority;
            case CATEGORY -> blank(category);
            case TAGS -> new HashSet<>(tags);
            case TEAM -> blank(team);
            case ASSIGNEE -> blank(assignee);
            default -> blank(customFields.get(TicketFields.customKey(field)));
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public LocalDateTime getSnoozeUntil() {
        return snoozeUntil;
    }

    public void setSnoozeUntil(LocalDateTime snoozeUntil) {
        this.snoozeUntil = snoozeUntil;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Map<String, String> getCustomFields() {
        return customFields;
    }
}
