package org.bilet.channels.intake;

import java.io.Serializable;
import java.time.Instant;

/**
 * A mailbox as administrators read it: its settings without the password (only that one is set),
 * how its last poll went, and whether this server listens to it with IMAP IDLE.
 */
public record MailboxInfo(long id, String address, String host, int port, String username, boolean passwordSet,
                          String folder, boolean ssl, String team, int pollSeconds, UnknownSenders unknownSenders,
                          boolean active, boolean idle, IdleState idleState, Instant lastPolledAt, String lastError) implements Serializable {

    static MailboxInfo of(Mailbox m, IdleState idleState) {
        return new MailboxInfo(m.id(), m.address(), m.host(), m.port(), m.username(), m.sealedPassword() != null,
                m.folder(), m.ssl(), m.team() == null ? null : m.team().key(), m.pollSeconds(), m.unknownSenders(),
                m.active(), m.idle(), idleState, m.lastPolledAt(), m.lastError());
    }
}
