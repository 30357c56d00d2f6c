package org.bilet.notifications;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.bilet.people.User;

/**
 * Something one person should look at on a ticket. The ticket's number and subject are copied when
 * it is sent, so the list never joins tickets; the text is worded when it is read, in the reader's
 * language, from the kind and its arguments.
 */
@Entity
@NamedQuery(name = Notification.COUNT_UNREAD,
        query = "select count(n) from Notification n where n.recipient = :recipient and n.readAt is null")
@NamedQuery(name = Notification.OF_RECIPIENT,
        query = "select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.UNREAD_OF_RECIPIENT, query = """
        select n from Notification n where n.recipient = :recipient and n.readAt is null
        order by n.createdAt desc, n.id desc""")
@NamedQuery(name = Notification.MARK_ALL_READ,
        query = "update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
public class Notification {

    public static final String COUNT_UNREAD = "Notification.countUnread";
    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    public static final String UNREAD_OF_RECIPIENT = "Notification.unreadOfRecipient";
    public static final String MARK_ALL_READ = "Notification.markAllRead";

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_ARGUMENT_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private User recipient;

    private String ticketNumber;
    private String ticketSubject;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    @Convert(converter = NotificationArguments.class)
    private List<String> arguments;

    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(User recipient, String ticketNumber, String ticketSubject, NotificationKind kind,
                        List<String> arguments, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.ticketSubject = clip(Objects.requireNonNull(ticketSubject), MAX_SUBJECT_LENGTH);
        this.kind = Objects.requireNonNull(kind);
        // Arguments are names and labels; a long one is cut rather than let the column refuse it.
        this.arguments = arguments.stream().map(argument -> clip(Objects.toString(argument, ""), MAX_ARGUMENT_LENGTH)).toList();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** The recipient has seen it; reading it again keeps the first time. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = Objects.requireNonNull(at);
        }
    }

    public boolean isFor(User user) {
        return recipient.equals(user);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public User recipient() {
        return recipient;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String ticketSubject() {
        return ticketSubject;
    }

    public NotificationKind kind() {
        return kind;
    }

    public List<String> arguments() {
        return arguments;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
