package org.bilet.channels.intake;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * One mailbox's IMAP IDLE connection (RFC 2177): it waits for the server to announce a change in
 * the folder and then wakes the mailbox's poll, which reads what is new under the mailbox's lease
 * exactly as the interval poll does. It reads no message itself and opens the folder read-only,
 * so it can never mark one seen before the commit. A lost connection is tried again after a pause
 * that doubles up to five minutes; a server without IDLE leaves the mailbox to its interval.
 */
final class MailboxListener implements Runnable {

    /** Servers may drop an IDLE after 30 minutes (RFC 2177): it is renewed well before, by {@link #renew()}. */
    static final Duration RENEW_EVERY = Duration.ofMinutes(20);

    private static final Logger LOG = Logger.getLogger(MailboxListener.class.getName());
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(10);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private final MailboxLeases.Access mailbox;
    private final LongConsumer wake;
    private volatile IdleState state = IdleState.CONNECTING;
    private volatile boolean stopped;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile IMAPStore store;
    private volatile IMAPFolder folder;

    /** @param wake polls the mailbox, given its id; called on this listener's thread */
    MailboxListener(MailboxLeases.Access mailbox, LongConsumer wake) {
        this.mailbox = mailbox;
        this.wake = wake;
    }

    @Override
    public void run() {
        var pause = FIRST_PAUSE;
        while (!stopped) {
            long startedAt = System.nanoTime();
            try {
                listen();
                if (state == IdleState.NOT_OFFERED) {
                    return;
                }
            } catch (MessagingException e) {
                if (!stopped) {
                    LOG.log(Level.FINE, e, () -> "Listening to mailbox " + mailbox + " failed; trying again");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Listening to mailbox " + mailbox + " failed; trying again");
            } finally {
                close();
            }
            if (stopped) {
                return;
            }
            state = IdleState.RETRYING;
            // A connection that held a good while was not the trouble: start over with a short pause.
            if (Duration.ofNanos(System.nanoTime() - startedAt).compareTo(LONGEST_PAUSE) > 0) {
                pause = FIRST_PAUSE;
            }
            try {
                if (stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private void listen() throws MessagingException {
        state = IdleState.CONNECTING;
        var protocol = mailbox.ssl() ? "imaps" : "imap";
        var imap = (IMAPStore) Session.getInstance(MailboxPoller.properties(protocol)).getStore(protocol);
        store = imap;
        if (stopped) {
            return; // stop() may have looked for a connection to close just before this one existed
        }
        imap.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        if (!imap.hasCapability("IDLE")) {
            state = IdleState.NOT_OFFERED;
            return;
        }
        var inbox = (IMAPFolder) imap.getFolder(mailbox.folder());
        inbox.open(Folder.READ_ONLY);
        folder = inbox;
        state = IdleState.LISTENING;
        // -1: the first look wakes a poll for what came while nobody listened (the start, a lost connection).
        int count = -1;
        while (!stopped) {
            int now = countNow(inbox);
            if (now != count) {
                count = now;
                wake.accept(mailbox.id());
                continue; // mail may have come during that poll: look again before the next IDLE
            }
            inbox.idle(true);
        }
    }

    /** The folder's message count, asked of the server (a NOOP brings what arrived outside an IDLE). */
    private static int countNow(IMAPFolder folder) throws MessagingException {
        folder.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
        return folder.getMessageCount();
    }

    /** Ends the IDLE and lets the listener start a new one: a NOOP in between, which also finds a dead connection. */
    void renew() {
        var listening = folder;
        if (listening != null && listening.isOpen()) {
            try {
                listening.getMessageCount();
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "Renewing the IDLE of mailbox " + mailbox + " failed");
            }
        }
    }

    /** Stops listening for good; the thread ends as its connection closes. */
    void stop() {
        stopped = true;
        state = IdleState.OFF;
        stopping.countDown();
        close();
    }

    IdleState state() {
        return state;
    }

    private void close() {
        var open = store;
        folder = null;
        store = null;
        if (open != null) {
            try {
                open.close();
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.FINEST, "Closing an IMAP connection failed", e);
            }
        }
    }
}
