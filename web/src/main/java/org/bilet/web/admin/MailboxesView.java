package org.bilet.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.bilet.admin.TeamRoster;
import org.bilet.channels.intake.MailboxInfo;
import org.bilet.channels.intake.MailboxSettings;
import org.bilet.channels.intake.Mailboxes;
import org.bilet.channels.intake.ReceivedMailInfo;
import org.bilet.channels.intake.UnknownSenders;
import org.bilet.people.TeamInfo;

/**
 * /admin/mailboxes: the mailboxes Bilet reads, one form to add or change one (the password is
 * written, never shown), "check now", and the chosen mailbox's log of what it took in.
 */
@Named
@ViewScoped
public class MailboxesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LOG_SIZE = 20;

    @Inject
    Mailboxes mailboxes;

    @Inject
    TeamRoster teams;

    private List<MailboxInfo> all;
    private List<TeamInfo> teamChoices;
    private List<ReceivedMailInfo> log = List.of();

    /** The mailbox being changed; null while the form adds one. */
    private MailboxInfo editing;
    private long editingVersion;
    private String address;
    private String host;
    private Integer port;
    private boolean ssl;
    private String username;
    private String password;
    private String folder;
    private String team;
    private Integer pollSeconds;
    private UnknownSenders unknownSenders;
    private boolean active;
    private boolean idle;

    @PostConstruct
    void init() {
        all = mailboxes.all();
        teamChoices = teams.all();
        startNew();
    }

    public void startNew() {
        editing = null;
        address = null;
        host = null;
        port = null;
        ssl = true;
        username = null;
        password = null;
        folder = "INBOX";
        team = null;
        pollSeconds = 60;
        unknownSenders = UnknownSenders.CREATE_REQUESTER;
        active = true;
        idle = true;
        log = List.of();
    }

    public void edit(long id) {
        var read = mailboxes.read(id);
        var m = read.value();
        editing = m;
        editingVersion = read.version();
        address = m.address();
        host = m.host();
        port = m.port();
        ssl = m.ssl();
        username = m.username();
        password = null;
        folder = m.folder();
        team = m.team();
        pollSeconds = m.pollSeconds();
        unknownSenders = m.unknownSenders();
        active = m.active();
        idle = m.idle();
        log = mailboxes.log(id, 0, LOG_SIZE).items();
    }

    public void save() {
        var settings = new MailboxSettings(address, host, port, username, password, folder, ssl, team, pollSeconds, unknownSenders, active, idle);
        var saved = AdminPage.attempt("mailbox", () -> editing == null ? mailboxes.create(settings)
                : mailboxes.change(editing.id(), editingVersion, settings));
        if (saved != null) {
            AdminPage.done(editing == null ? "mailboxes.created" : "mailboxes.saved", saved.value().address());
            all = mailboxes.all();
            edit(saved.value().id());
        }
    }

    /** Reads the chosen mailbox now and says what came of it. */
    public void pollNow() {
        if (editing == null) {
            return;
        }
        var poll = mailboxes.pollNow(editing.id());
        if (!poll.ran()) {
            AdminPage.done("mailboxes.poll.busy");
        } else if (poll.error() != null) {
            AdminPage.failed(AdminPage.text("mailboxes.poll.failed", poll.error()));
        } else {
            AdminPage.done("mailboxes.poll.done", poll.read(), poll.outcomes().entrySet().stream()
                    .map(e -> AdminPage.text("mailboxes.outcome." + e.getKey()) + ": " + e.getValue())
                    .collect(Collectors.joining(", ")));
        }
        all = mailboxes.all();
        edit(editing.id());
    }

    public List<MailboxInfo> getAll() {
        return all;
    }

    public List<TeamInfo> getTeamChoices() {
        return teamChoices;
    }

    public UnknownSenders[] getUnknownSenderChoices() {
        return UnknownSenders.values();
    }

    public List<ReceivedMailInfo> getLog() {
        return log;
    }

    public MailboxInfo getEditing() {
        return editing;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public boolean isSsl() {
        return ssl;
    }

    public void setSsl(boolean ssl) {
        this.ssl = ssl;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public Integer getPollSeconds() {
        return pollSeconds;
    }

    public void setPollSeconds(Integer pollSeconds) {
        this.pollSeconds = pollSeconds;
    }

    public UnknownSenders getUnknownSenders() {
        return unknownSenders;
    }

    public void setUnknownSenders(UnknownSenders unknownSenders) {
        this.unknownSenders = unknownSenders;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isIdle() {
        return idle;
    }

    public void setIdle(boolean idle) {
        this.idle = idle;
    }
}
