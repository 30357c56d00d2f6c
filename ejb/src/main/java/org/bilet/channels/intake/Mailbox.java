package org.bilet.channels.intake;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import java.time.Instant;
import org.bilet.people.Team;

/**
 * A mailbox Bilet reads over IMAP: where it is, how to sign in (the password sealed, see
 * {@code platform.SecretBox}), which team its new tickets go to and what it does with strangers'
 * mail. It also keeps how its last poll went, for administrators, and a lease so that one node
 * polls it at a time.
 */
@Entity
@NamedQuery(name = Mailbox.ALL, query = "select m from Mailbox m left join fetch m.team order by m.address")
@NamedQuery(name = Mailbox.ADDRESSES, query = "select lower(m.address) from Mailbox m")
public class Mailbox {

    public static final String ALL = "Mailbox.all";
    public static final String ADDRESSES = "Mailbox.addresses";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String address;
    private String host;
    private int port;
    private String username;

    @Column(name = "password_secret")
    private String sealedPassword;

    private String folder;

    @Column(name = "use_ssl")
    private boolean ssl;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    private int pollSeconds;

    @Enumerated(EnumType.STRING)
    private UnknownSenders unknownSenders;

    private boolean active = true;

    @Column(name = "use_idle")
    private boolean idle = true;

    private Instant configuredAt;
    private Instant leasedUntil;
    private Instant lastPolledAt;
    private String lastError;

    @Version
    private long version;

    protected Mailbox() {
    }

    Mailbox(MailboxSettings settings, Team team, String sealedPassword, Instant at) {
        configure(settings, team, sealedPassword, at);
    }

    /** Takes new settings; a null sealed password keeps the one it has. */
    void configure(MailboxSettings settings, Team newTeam, String newSealedPassword, Instant at) {
        configuredAt = at;
        address = settings.address().strip();
        host = settings.host().strip();
        port = settings.port() == null ? (Boolean.TRUE.equals(settings.ssl()) ? 993 : 143) : settings.port();
        username = settings.username().strip();
        if (newSealedPassword != null) {
            sealedPassword = newSealedPassword;
        }
        folder = settings.folder() == null || settings.folder().isBlank() ? "INBOX" : settings.folder().strip();
        ssl = Boolean.TRUE.equals(settings.ssl());
        team = newTeam;
        pollSeconds = settings.pollSeconds() == null ? MailboxSettings.DEFAULT_POLL_SECONDS : settings.pollSeconds();
        unknownSenders = settings.unknownSenders() == null ? UnknownSenders.CREATE_REQUESTER : settings.unknownSenders();
        active = settings.active() == null || settings.active();
        idle = settings.idle() == null || settings.idle();
    }

    /**
     * Whether the watch should poll it: active, not leased by another poll, and an interval over since
     * it was last read or set up (so a mailbox just added waits one interval, or for "check now").
     */
    boolean dueAt(Instant now) {
        var since = lastPolledAt == null || lastPolledAt.isBefore(configuredAt) ? configuredAt : lastPolledAt;
        return active && (leasedUntil == null || leasedUntil.isBefore(now)) && !since.plusSeconds(pollSeconds).isAfter(now);
    }

    void lease(Instant until) {
        leasedUntil = until;
    }

    /** How the poll that held the lease ended; null error: it went well. */
    void polled(Instant at, String error) {
        leasedUntil = null;
        lastPolledAt = at;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public Long id() {
        return id;
    }

    public String address() {
        return address;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    String sealedPassword() {
        return sealedPassword;
    }

    public String folder() {
        return folder;
    }

    public boolean ssl() {
        return ssl;
    }

    public Team team() {
        return team;
    }

    public int pollSeconds() {
        return pollSeconds;
    }

    public UnknownSenders unknownSenders() {
        return unknownSenders;
    }

    public boolean active() {
        return active;
    }

    /** Whether Bilet listens for its new mail with IMAP IDLE between polls. */
    public boolean idle() {
        return idle;
    }

    public Instant lastPolledAt() {
        return lastPolledAt;
    }

    public String lastError() {
        return lastError;
    }

    public long version() {
        return version;
    }
}
