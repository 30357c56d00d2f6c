package org.bilet.tickets;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.bilet.catalog.Category;
import org.bilet.catalog.Priority;
import org.bilet.people.Organization;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.ConflictException;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.ForbiddenException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.sla.TicketSla;
import org.hibernate.annotations.OptimisticLock;

/**
 * A reported problem and the work on it. Every change goes through a method named for what
 * happens, which checks the rules and records a history event for each field it changes.
 */
@Entity
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
@NamedQuery(name = Ticket.BY_NUMBER_FOR_READING, query = """
        select t from Ticket t join fetch t.requester join fetch t.priority
        left join fetch t.team left join fetch t.assignee left join fetch t.category left join fetch t.organization
        where t.number = :number""")
@NamedQuery(name = Ticket.EARLIER_OF_REQUESTER, query = """
        select t from Ticket t where t.requester = :requester and t.id <> :excluded order by t.createdAt desc""")
@NamedQuery(name = Ticket.EARLIER_OF_ORGANIZATION, query = """
        select t from Ticket t where t.organization = :organization and t.id <> :excluded order by t.createdAt desc""")
@NamedQuery(name = Ticket.OF_REQUESTER_NEWEST, query = """
        select t from Ticket t join fetch t.requester join fetch t.priority
        left join fetch t.team left join fetch t.assignee left join fetch t.category
        where t.requester = :requester order by t.createdAt desc, t.id desc""")
@NamedQuery(name = Ticket.COUNT_OF_REQUESTER, query = "select count(t) from Ticket t where t.requester = :requester")
@NamedQuery(name = Ticket.OF_ORGANIZATIONS_NEWEST, query = """
        select t from Ticket t join fetch t.requester join fetch t.priority
        left join fetch t.team left join fetch t.assignee left join fetch t.category
        where t.organization.id in :organizations order by t.createdAt desc, t.id desc""")
@NamedQuery(name = Ticket.COUNT_OF_ORGANIZATIONS,
        query = "select count(t) from Ticket t where t.organization.id in :organizations")
public class Ticket {

    /** Plain, so that a row lock takes the ticket row only. */
    public static final String BY_NUMBER = "Ticket.byNumber";
    /** With what a reader shows, in one query; never used with a lock. */
    public static final String BY_NUMBER_FOR_READING = "Ticket.byNumberForReading";
    public static final String EARLIER_OF_REQUESTER = "Ticket.earlierOfRequester";
    public static final String EARLIER_OF_ORGANIZATION = "Ticket.earlierOfOrganization";
    /** A requester's tickets, newest first, for paging (index {@code (requester_id, created_at)}). */
    public static final String OF_REQUESTER_NEWEST = "Ticket.ofRequesterNewest";
    public static final String COUNT_OF_REQUESTER = "Ticket.countOfRequester";
    /** The tickets of organizations (one and its departments), newest first (index {@code (organization_id, created_at)}). */
    public static final String OF_ORGANIZATIONS_NEWEST = "Ticket.ofOrganizationsNewest";
    public static final String COUNT_OF_ORGANIZATIONS = "Ticket.countOfOrganizations";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
    @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = TicketNumberConverter.class)
    private TicketNumber number;
    private String subject;

    @Embedded
    @AttributeOverride(name = "content", column = @Column(name = "description"))
    @AttributeOverride(name = "format", column = @Column(name = "description_format"))
    private RichText description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private User requester;

    /** The requester's organization when the ticket was opened. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private User assignee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id")
    private Priority priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private Category category;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    /** When the ticket entered its status: time-based automation rules count from it. */
    private Instant statusSince;

    /**
     * Not done yet (status neither RESOLVED nor CLOSED). The database computes it from the status
     * so that queues can use one index over team or assignee, this flag and the due date.
     * Mapped for queries only; it lags behind {@link #status} until the row is read again.
     */
    @Column(insertable = false, updatable = false)
    private boolean unresolved;

    private Instant snoozedUntil;

    @Embedded
    @AttributeOverride(name = "content", column = @Column(name = "resolution"))
    @AttributeOverride(name = "format", column = @Column(name = "resolution_format"))
    private RichText resolution;

    /** Derived from the conversation: the last public message is staff's. */
    private boolean answered;

    /** When staff last wrote in public: what the requester has or has not read yet. */
    private Instant answeredAt;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;

    /**
     * Null when the row has no SLA columns set (a ticket no policy applies to); see {@link #sla()}.
     * Bilet's bookkeeping, not an edit: moving a clock or raising an alert does not make a person's
     * change of the ticket stale.
     */
    @Embedded
    @OptimisticLock(excluded = true)
    private TicketSla sla;

    @Version
    private long version;

    /** The language of the ticket's text (pl, lt, uk, ru, it, en); null until given or detected. */
    private String language;

    /**
     * The conversation, for whoever reads a ticket as a whole (the search index). Work on the ticket
     * goes through {@link #post}; the service persists what it posted.
     */
    @OneToMany(mappedBy = "ticket")
    private List<Message> messages = new ArrayList<>();

    /** The ticket this one was merged into; null unless merged (then it is CLOSED for good). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Ticket mergedInto;

    /** Who follows the ticket besides requester and assignee; read for visibility and notices, changed through {@link #addWatcher}. */
    @OneToMany(mappedBy = "ticket")
    private Set<TicketWatcher> watchers = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    private Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "ticket_custom_value", joinColumns = @JoinColumn(name = "ticket_id"))
    @MapKeyColumn(name = "field_key")
    @Column(name = "value")
    private Map<String, String> customValues = new HashMap<>();

    /** History recorded by this unit of work, persisted by the service that made the changes. */
    @Transient
    private List<TicketEvent> newEvents = new ArrayList<>();

    /** Messages posted in this unit of work, persisted with the history. */
    @Transient
    private List<Message> newMessages = new ArrayList<>();

    protected Ticket() {
    }

    public Ticket(TicketNumber number, String subject, String description, User requester,
                  Priority priority, Channel channel, Actor openedBy) {
        this.number = Objects.requireNonNull(number);
        this.subject = Objects.requireNonNull(subject);
        this.description = RichText.of(Objects.requireNonNull(description));
        if (this.description.isBlank()) {
            throw InvalidInputException.of("description", "Describe the problem.");
        }
        this.requester = Objects.requireNonNull(requester);
        this.organization = requester.organization();
        this.priority = Objects.requireNonNull(priority);
        this.channel = Objects.requireNonNull(channel);
        this.status = TicketStatus.NEW;
        this.statusSince = openedBy.at();
        this.createdAt = openedBy.at();
        this.updatedAt = openedBy.at();
        record(TicketEvent.Kind.CREATED, null, null, number.value(), openedBy);
    }

    // ---- life cycle

    /**
     * Moves to another status; RESOLVED needs a resolution note, and so does CLOSED unless the ticket
     * was resolved (the requester's confirmation keeps the resolution it confirms); ON_HOLD may be snoozed.
     */
    public void moveTo(TicketStatus target, String resolutionNote, Instant snoozeUntil, Actor by) {
        status.checkMoveTo(target);
        if (!by.isStaff() && !(by.user().equals(requester) && isRequesterDecisionOnResolution(target))) {
            throw new ForbiddenException("Only the requester can confirm (CLOSED) or reopen (OPEN) a resolved ticket; staff do the rest.");
        }
        var note = RichText.of(resolutionNote);
        boolean noNote = note == null || note.isBlank();
        if (target == TicketStatus.RESOLVED && noNote) {
            throw InvalidInputException.of("resolution", "Resolving a ticket needs a resolution note.");
        }
        boolean closesUnresolved = target == TicketStatus.CLOSED && status != TicketStatus.RESOLVED;
        if (closesUnresolved && noNote) {
            throw new BrokenRuleException("resolution",
                    "Closing a ticket that was not resolved needs a closing note: say how it ended.");
        }
        if (snoozeUntil != null && target != TicketStatus.ON_HOLD) {
            throw InvalidInputException.of("snoozeUntil", "Only a ticket put ON_HOLD can be snoozed.");
        }
        if (snoozeUntil != null && !snoozeUntil.isAfter(by.at())) {
            throw InvalidInputException.of("snoozeUntil", "The snooze must end in the future.");
        }
        enter(target, by);
        switch (target) {
            case RESOLVED -> {
                changeField(TicketField.RESOLUTION, resolution, note, by);
                resolution = note;
                resolvedAt = by.at();
            }
            case CLOSED -> {
                if (closesUnresolved) {
                    changeField(TicketField.RESOLUTION, resolution, note, by);
                    resolution = note;
                }
                closedAt = by.at();
            }
            case OPEN, WAITING -> resolvedAt = null;
            default -> { }
        }
        changeField(TicketField.SNOOZED_UNTIL, snoozedUntil, snoozeUntil, by);
        snoozedUntil = snoozeUntil;
    }

    /** Moves the end of the snooze of a ticket that is already ON_HOLD (null wakes it up). */
    public void snooze(Instant until, Actor by) {
        if (status != TicketStatus.ON_HOLD) {
            throw new ConflictException("Only a ticket ON_HOLD can be snoozed; this one is " + status + ".");
        }
        if (until != null && !until.isAfter(by.at())) {
            throw InvalidInputException.of("snoozeUntil", "The snooze must end in the future.");
        }
        changeField(TicketField.SNOOZED_UNTIL, snoozedUntil, until, by);
        snoozedUntil = until;
    }

    /**
     * Reopens the ticket with the reason why it is not done, posted as a public reply so that whoever
     * works on it next reads why. The requester may do this to a RESOLVED ticket (like any move to
     * OPEN, see {@link #moveTo}); a blank reason changes nothing.
     */
    public Message reopen(String reason, Actor by) {
        var text = RichText.of(reason);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the ticket is not solved.");
        }
        moveTo(TicketStatus.OPEN, null, null, by);
        return post(reason, false, by);
    }

    private void enter(TicketStatus target, Actor by) {
        if (target != status) {
            changeField(TicketField.STATUS, status, target, by);
            status = target;
            statusSince = by.at();
        }
    }

    private boolean isRequesterDecisionOnResolution(TicketStatus target) {
        return status == TicketStatus.RESOLVED && (target == TicketStatus.OPEN || target == TicketStatus.CLOSED);
    }

    // ---- conversation

    /**
     * Adds a public reply or an internal note. A requester's reply reopens a WAITING or RESOLVED
     * ticket; staff's public reply opens a NEW one, and the first one is the first response.
     */
    public Message post(String body, boolean internal, Actor by) {
        var text = RichText.of(body);
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("body", "The message is empty.");
        }
        boolean fromRequesterSide = !by.isStaff();
        if (internal && fromRequesterSide) {
            throw new ForbiddenException("Only staff can write internal notes.");
        }
        checkTakes(internal ? Input.NOTE : Input.REPLY, by);
        if (fromRequesterSide && (status == TicketStatus.WAITING || status == TicketStatus.RESOLVED)) {
            enter(TicketStatus.OPEN, by);
            resolvedAt = null;
        }
        if (!internal && !fromRequesterSide && status == TicketStatus.NEW) {
            // Staff's first public reply means someone works on it.
            enter(TicketStatus.OPEN, by);
        }
        if (!internal) {
            answered = !fromRequesterSide;
            if (!fromRequesterSide) {
                answeredAt = by.at();
            }
            if (!fromRequesterSide && firstResponseAt == null) {
                firstResponseAt = by.at();
            }
        }
        updatedAt = by.at();
        var message = new Message(this, text, internal, by);
        newMessages.add(message);
        messages.add(message);
        return message;
    }

    /** What can be added to a ticket's conversation. */
    public enum Input { REPLY, NOTE, FILE }

    /**
     * The one rule of what a closed ticket takes: it is done, so nothing new reaches its
     * conversation (no reply from anyone, no file from the requester's side) and a new problem gets a
     * new ticket; staff may still add internal notes and files for the record.
     */
    public void checkTakes(Input input, Actor by) {
        var refused = status == TicketStatus.CLOSED && switch (input) {
            case REPLY -> true;
            case NOTE -> false;
            case FILE -> !by.isStaff();
        };
        if (refused) {
            throw new ConflictException("This ticket is closed; please open a new ticket.");
        }
    }

    // ---- other channels

    /**
     * Records in history that a phone call ({@link TicketField#CALL}) or chat ({@link TicketField#CHAT})
     * was logged on the ticket, described in one line; internal when only staff may read it. Staff
     * only: the requester's side does not log contacts. A closed ticket takes them as it takes notes.
     */
    public void recordContact(TicketField kind, long contactId, String description, boolean internal, Actor by) {
        if (!kind.equals(TicketField.CALL) && !kind.equals(TicketField.CHAT)) {
            throw new IllegalArgumentException(kind + " is not a kind of contact");
        }
        if (!by.isStaff()) {
            throw new ForbiddenException("Only staff log calls and chats.");
        }
        checkTakes(Input.NOTE, by);
        newEvents.add(new TicketEvent(this, TicketEvent.Kind.CONTACT, kind, null, description, by).aboutContact(contactId, internal));
        updatedAt = by.at();
    }

    // ---- classification and routing

    public void changePriority(Priority newPriority, Actor by) {
        Objects.requireNonNull(newPriority);
        changeField(TicketField.PRIORITY, priority.code(), newPriority.code(), by);
        priority = newPriority;
    }

    /** Files the ticket under a category and hands it to the team that category routes to. */
    public void fileUnder(Category newCategory, Actor by) {
        changeCategory(newCategory, by);
        routeTo(newCategory.routedTeam(), by);
    }

    public void changeCategory(Category newCategory, Actor by) {
        changeField(TicketField.CATEGORY, category == null ? null : category.key(), newCategory == null ? null : newCategory.key(), by);
        category = newCategory;
    }

    public void routeTo(Team newTeam, Actor by) {
        changeField(TicketField.TEAM, team == null ? null : team.key(), newTeam == null ? null : newTeam.key(), by);
        team = newTeam;
    }

    public void assignTo(User agent, Actor by) {
        if (agent != null && (!agent.isStaff() || !agent.active())) {
            throw InvalidInputException.of("assignee", agent.username() + " is not an active agent and cannot be assigned.");
        }
        changeField(TicketField.ASSIGNEE, assignee == null ? null : assignee.username(), agent == null ? null : agent.username(), by);
        assignee = agent;
    }

    public void retag(Set<String> newTags, Actor by) {
        var normalized = Tags.normalize(newTags);
        if (!normalized.equals(new TreeSet<>(tags))) {
            changeField(TicketField.TAGS, tags.isEmpty() ? null : String.join(", ", new TreeSet<>(tags)),
                    normalized.isEmpty() ? null : String.join(", ", normalized), by);
            tags.clear();
            tags.addAll(normalized);
        }
    }

    /** Sets or (with null) clears a custom field's value, already checked against its definition. */
    public void putCustomValue(String key, String value, Actor by) {
        changeField(TicketField.custom(key), customValues.get(key), value, by);
        if (value == null) {
            customValues.remove(key);
        } else {
            customValues.put(key, value);
        }
    }

    /** Records a file attached to the ticket, or to one of its messages when {@code message} is given. */
    public void recordAttachment(String fileName, Message message, Actor by) {
        checkTakes(Input.FILE, by);
        newEvents.add(new TicketEvent(this, TicketEvent.Kind.ATTACHED, TicketField.ATTACHMENT, null, fileName, by).about(message));
        updatedAt = by.at();
    }

    // ---- conversations: merge, split, links, watchers, mentions

    /**
     * Merges this ticket into {@code target}: its messages and files move there (they keep their
     * times, so the target's conversation stays in time order), its requester follows the target as
     * a watcher, and it is CLOSED with a resolution naming the target. Both histories say so; this
     * ticket's own history stays with it, readable through the link. Returns the watcher added to
     * the target, if any, for the service to persist.
     */
    public Optional<TicketWatcher> mergeInto(Ticket target, List<? extends MovableFile> files, Actor by) {
        Objects.requireNonNull(target);
        if (!by.isStaff()) {
            throw new ForbiddenException("Only staff can merge tickets.");
        }
        if (isSame(target)) {
            throw new BrokenRuleException("into", "A ticket cannot be merged into itself.");
        }
        if (mergedInto != null) {
            throw new BrokenRuleException("number", number + " was already merged into " + mergedInto.number() + ".");
        }
        if (target.mergedInto != null && isSame(target.mergedInto)) {
            throw new BrokenRuleException("into", target.number() + " was merged into " + number
                    + "; merging back would make a loop.");
        }
        if (target.mergedInto != null) {
            throw new BrokenRuleException("into", target.number() + " was merged into " + target.mergedInto.number()
                    + "; merge into that ticket instead.");
        }
        if (target.status == TicketStatus.CLOSED) {
            throw new BrokenRuleException("into", target.number() + " is closed; merge into an open ticket.");
        }
        if (status == TicketStatus.CLOSED) {
            throw new BrokenRuleException("number", number + " is closed; a closed ticket is not merged.");
        }
        var moved = List.copyOf(messages);
        for (var message : moved) {
            message.moveTo(target);
            target.messages.add(message);
        }
        messages.clear();
        files.forEach(file -> file.moveTo(target));
        target.record(TicketEvent.Kind.CHANGED, TicketField.MERGED_FROM, null,
                number.value() + " (messages: " + moved.size() + ", files: " + files.size() + ")", by);
        target.updatedAt = by.at();
        Optional<TicketWatcher> follower = target.requester.equals(requester) || target.isWatchedBy(requester)
                ? Optional.empty() : Optional.of(target.watch(requester, by));
        var note = "Merged into " + target.number().value() + ": " + target.subject();
        if (status == TicketStatus.RESOLVED) {
            // A resolved ticket closes without a new note; its resolution says what it was, the history where it went.
            moveTo(TicketStatus.CLOSED, null, null, by);
        } else {
            moveTo(TicketStatus.CLOSED, note, null, by);
        }
        mergedInto = target;
        record(TicketEvent.Kind.CHANGED, TicketField.MERGED_INTO, null, target.number().value(), by);
        return follower;
    }

    private boolean isSame(Ticket other) {
        return other == this || (id != null && id.equals(other.id()));
    }

    /** A file of a ticket that a merge moves with its messages. */
    public interface MovableFile {
        void moveTo(Ticket target);
    }

    /** The ticket this one was merged into, or null. */
    public Ticket mergedInto() {
        return mergedInto;
    }

    /**
     * Records that {@code message} of this ticket became the new ticket {@code split}: history on
     * both, staff only. An internal note is refused: a new ticket's description is public.
     */
    public void splitInto(Ticket split, Message message, Actor by) {
        if (!by.isStaff()) {
            throw new ForbiddenException("Only staff can split a message into a new ticket.");
        }
        if (!isSame(message.ticket())) {
            throw new IllegalArgumentException("the message belongs to another ticket");
        }
        record(TicketEvent.Kind.CHANGED, TicketField.SPLIT_INTO, null, split.number().value(), by).staffOnly();
        split.record(TicketEvent.Kind.CHANGED, TicketField.SPLIT_FROM, null, number.value(), by).staffOnly();
    }

    /** Records a link made or removed from this ticket's side ("DUPLICATE_OF BIL-000123"); staff only. */
    public void recordLink(String added, String removed, Actor by) {
        record(TicketEvent.Kind.CHANGED, TicketField.LINK, removed, added, by).staffOnly();
        updatedAt = by.at();
    }

    /**
     * Adds a watcher: staff, or a colleague of the requester (same organization). The requester and
     * those already watching are refused. The service persists what is returned.
     */
    public TicketWatcher addWatcher(User person, Actor by) {
        Objects.requireNonNull(person);
        if (!by.isStaff() && !by.user().equals(requester)) {
            throw new ForbiddenException("Only staff and the requester can add watchers.");
        }
        if (!person.active() || person.isSystemAccount()) {
            throw InvalidInputException.of("username", "There is no active user '" + person.username() + "'.");
        }
        if (person.equals(requester)) {
            throw InvalidInputException.of("username", person.username() + " is the requester and follows the ticket anyway.");
        }
        if (!person.isStaff() && (organization == null || !organization.equals(person.organization()))) {
            throw InvalidInputException.of("username",
                    person.username() + " is not in the requester's organization; only colleagues and staff can watch.");
        }
        if (!by.isStaff() && person.isStaff()) {
            throw InvalidInputException.of("username", "Only staff add staff as watchers.");
        }
        if (isWatchedBy(person)) {
            throw DuplicateException.of("username", person.username() + " already watches " + number + ".");
        }
        return watch(person, by);
    }

    private TicketWatcher watch(User person, Actor by) {
        var watcher = new TicketWatcher(this, person, by);
        watchers.add(watcher);
        record(TicketEvent.Kind.CHANGED, TicketField.WATCHER, null, person.username(), by).staffOnly();
        return watcher;
    }

    /** Removes a watcher: staff, the requester, or the watcher themselves. Returns the row to delete. */
    public TicketWatcher removeWatcher(User person, Actor by) {
        if (!by.isStaff() && !by.user().equals(requester) && !by.user().equals(person)) {
            throw new ForbiddenException("Only staff, the requester or the watcher can remove a watcher.");
        }
        var watcher = watchers.stream().filter(w -> w.user().equals(person)).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(person.username() + " does not watch " + number + "."));
        watchers.remove(watcher);
        record(TicketEvent.Kind.CHANGED, TicketField.WATCHER, person.username(), null, by).staffOnly();
        return watcher;
    }

    /** Whether the person watches this ticket. */
    public boolean isWatchedBy(User person) {
        return watchers.stream().anyMatch(w -> w.user().equals(person));
    }

    /** The people watching, in no particular order. */
    public List<User> watchers() {
        return watchers.stream().map(TicketWatcher::user).toList();
    }

    /** Records who an internal note mentioned (usernames), as internal as the note. */
    public void recordMentions(Message note, List<String> usernames, Actor by) {
        if (!note.internal()) {
            throw new IllegalArgumentException("only internal notes mention people");
        }
        if (!usernames.isEmpty()) {
            newEvents.add(new TicketEvent(this, TicketEvent.Kind.CHANGED, TicketField.MENTIONED, null,
                    String.join(", ", usernames), by).about(note));
        }
    }

    // ---- service level

    private static final TicketSla NO_SLA = new TicketSla();

    /** The ticket's promises, to read. */
    public TicketSla sla() {
        return sla == null ? NO_SLA : sla;
    }

    /** The ticket's promises, for the SLA keeper to move as the ticket's events happen. */
    public TicketSla slaToKeep() {
        if (sla == null) {
            sla = new TicketSla();
        }
        return sla;
    }

    /**
     * Records in history that the SLA changed: another policy applies, or a promise warns or is
     * breached. Bilet records it, and it is not an update of the ticket by anyone.
     */
    public void recordSla(TicketField field, Object oldValue, Object newValue, Actor by) {
        if (!SLA_FIELDS.contains(field)) {
            throw new IllegalArgumentException(field + " is not an SLA field");
        }
        if (!Objects.equals(oldValue, newValue)) {
            record(TicketEvent.Kind.CHANGED, field, Objects.toString(oldValue, null), Objects.toString(newValue, null), by);
        }
    }

    /**
     * Records in history that an automation rule fired, before what it changes, so history says
     * which rule changed what. Like the SLA's records it is not an update of the ticket by anyone.
     */
    public void recordRule(String ruleKey, String ruleName, Actor by) {
        record(TicketEvent.Kind.CHANGED, TicketField.RULE, null, ruleName + " (" + ruleKey + ")", by);
    }

    private static final Set<TicketField> SLA_FIELDS = Set.of(TicketField.SLA_POLICY, TicketField.FIRST_RESPONSE_SLA,
            TicketField.NEXT_RESPONSE_SLA, TicketField.RESOLUTION_SLA);

    // ---- history

    private void changeField(TicketField field, Object oldValue, Object newValue, Actor by) {
        if (!Objects.equals(oldValue, newValue)) {
            record(TicketEvent.Kind.CHANGED, field, Objects.toString(oldValue, null), Objects.toString(newValue, null), by);
            updatedAt = by.at();
        }
    }

    private TicketEvent record(TicketEvent.Kind kind, TicketField field, String oldValue, String newValue, Actor by) {
        var event = new TicketEvent(this, kind, field, oldValue, newValue, by);
        newEvents.add(event);
        return event;
    }

    /** Hands over the history recorded since the last call, for persisting. */
    public List<TicketEvent> takeNewEvents() {
        var taken = List.copyOf(newEvents);
        newEvents.clear();
        return taken;
    }

    /** Hands over the messages posted since the last call, for persisting. */
    public List<Message> takeNewMessages() {
        var taken = List.copyOf(newMessages);
        newMessages.clear();
        return taken;
    }

    // ---- read access

    public Long id() {
        return id;
    }

    public TicketNumber number() {
        return number;
    }

    /** The language of the ticket's text; null when neither given nor detected. */
    public String language() {
        return language;
    }

    /** Records the language the ticket is written in, as given on create or as detected from its text. */
    public void writtenIn(String languageCode) {
        this.language = Objects.requireNonNull(languageCode);
    }

    /** Everything said on the ticket, notes included; who may read which part is the reader's business. */
    public List<Message> messages() {
        return Collections.unmodifiableList(messages);
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description.content();
    }

    /** The description as a reader sees it, without markup. */
    public String descriptionText() {
        return description.plainText();
    }

    public RichText.Format descriptionFormat() {
        return description.format();
    }

    public User requester() {
        return requester;
    }

    public Organization organization() {
        return organization;
    }

    public Team team() {
        return team;
    }

    public User assignee() {
        return assignee;
    }

    public Priority priority() {
        return priority;
    }

    public Category category() {
        return category;
    }

    public Channel channel() {
        return channel;
    }

    public TicketStatus status() {
        return status;
    }

    public Instant statusSince() {
        return statusSince;
    }

    public Instant snoozedUntil() {
        return snoozedUntil;
    }

    public String resolution() {
        return resolution == null ? null : resolution.content();
    }

    /** The resolution note as a reader sees it, without markup; null when there is none. */
    public String resolutionText() {
        return resolution == null ? null : resolution.plainText();
    }

    public RichText.Format resolutionFormat() {
        return resolution == null ? null : resolution.format();
    }

    public boolean answered() {
        return answered;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant firstResponseAt() {
        return firstResponseAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** When the soonest running promise is due (kept while none runs); null without SLA. */
    public Instant dueAt() {
        return sla == null ? null : sla.dueAt();
    }

    public long version() {
        return version;
    }

    public SortedSet<String> tags() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    }

    public Map<String, String> customValues() {
        return Map.copyOf(customValues);
    }
}
