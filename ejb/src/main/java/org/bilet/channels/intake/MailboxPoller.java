package org.bilet.channels.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Reads a mailbox's unseen messages over IMAP and hands each to {@link MailIntake}; a message is
 * marked seen only after the transaction that stored it has committed, so a crash in between
 * leaves it unseen, and the next poll finds it stored already and only marks it. Messages are
 * fetched with PEEK, so reading one does not mark it either. Runs as Bilet for the watch and for
 * an administrator's "check now".
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SYSTEM})
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

    /** At most this many messages per poll; the rest wait for the next one. */
    static final int BATCH = 2000;
    /** Fetched and taken in together, then marked seen. */
    static final int CHUNK = 100;
    /** How many senders' mail goes in at once: each message waits mostly on the database, not on a core. */
    static final int LANES = 6;

    /** How long a poll out of turn waits for one in progress, and how often it looks. */
    static final Duration LEASE_WAIT = Duration.ofSeconds(15);
    static final Duration LEASE_RETRY = Duration.ofMillis(250);

    private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
    private static final String CONNECT_TIMEOUT_MILLIS = "10000";
    private static final String READ_TIMEOUT_MILLIS = "60000";

    /** What one poll did: how many messages it read, what became of them, and why it stopped early if it did. */
    public record Poll(boolean ran, int read, Map<Outcome, Integer> outcomes, String error) {

        static Poll skipped() {
            return new Poll(false, 0, Map.of(), null);
        }
    }

    @EJB
    MailboxLeases leases;

    @EJB
    MailIntakeLanes lanes;

    /**
     * Polls a mailbox now; {@code whenDue}: only when its interval is over and no other poll holds
     * it. Asked out of turn ("check now", new mail announced by IDLE), it waits a while for a poll
     * in progress to end, so that mail which arrived during that poll is read too.
     */
    public Poll poll(long mailboxId, boolean whenDue) {
        var access = leases.take(mailboxId, whenDue);
        try {
            for (long waited = 0; access.isEmpty() && !whenDue && waited < LEASE_WAIT.toMillis() && leases.held(mailboxId);
                 waited += LEASE_RETRY.toMillis()) {
                Thread.sleep(LEASE_RETRY.toMillis());
                access = leases.take(mailboxId, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (access.isEmpty()) {
            return Poll.skipped();
        }
        var outcomes = new EnumMap<Outcome, Integer>(Outcome.class);
        int read = 0;
        String error = null;
        try {
            read = read(access.get(), outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "The poll was interrupted.";
        } catch (MessagingException | IOException | ExecutionException | RuntimeException e) {
            error = describe(e);
            LOG.log(Level.INFO, "Polling mailbox " + access.get() + " failed", e);
        } finally {
            leases.release(mailboxId, error);
        }
        return new Poll(true, read, Map.copyOf(outcomes), error);
    }

    private int read(MailboxLeases.Access mailbox, Map<Outcome, Integer> outcomes)
            throws MessagingException, IOException, InterruptedException, ExecutionException {
        var protocol = mailbox.ssl() ? "imaps" : "imap";
        try (var store = Session.getInstance(properties(protocol)).getStore(protocol)) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
            var folder = store.getFolder(mailbox.folder());
            if (!folder.exists()) {
                throw new MessagingException("There is no folder '" + mailbox.folder() + "' in the mailbox.");
            }
            folder.open(Folder.READ_WRITE);
            try {
                var unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                int count = Math.min(unseen.length, BATCH);
                // While one chunk goes in, the next is fetched: the IMAP round trips and the database work overlap.
                var next = count == 0 ? null : fetch(folder, Arrays.copyOfRange(unseen, 0, Math.min(count, CHUNK)));
                for (int from = 0; next != null; from += CHUNK) {
                    var current = next;
                    var taking = current.submit(mailbox.id());
                    int after = from + CHUNK;
                    next = after < count ? fetch(folder, Arrays.copyOfRange(unseen, after, Math.min(count, after + CHUNK))) : null;
                    current.finish(folder, taking, outcomes);
                }
                return count;
            } finally {
                folder.close(false);
            }
        }
    }

    /** A chunk of messages fetched, their bytes, and the lane each goes in on (by sender, see {@link MailIntakeLanes}). */
    private final class Chunk {
        private final Message[] messages;
        private final byte[][] raws;
        private final List<List<Integer>> byLane = new ArrayList<>();

        Chunk(Message[] messages, byte[][] raws) {
            this.messages = messages;
            this.raws = raws;
            for (int i = 0; i < LANES; i++) {
                byLane.add(new ArrayList<>());
            }
            for (int i = 0; i < messages.length; i++) {
                byLane.get(Math.floorMod(senderOf(messages[i]).hashCode(), LANES)).add(i);
            }
        }

        List<Future<List<Outcome>>> submit(long mailboxId) {
            var taking = new ArrayList<Future<List<Outcome>>>();
            for (var lane : byLane) {
                taking.add(lanes.take(mailboxId, lane.stream().map(i -> raws[i]).toList()));
            }
            return taking;
        }

        /** Waits for each lane, then marks its messages seen in one command: what they left is committed. */
        void finish(Folder folder, List<Future<List<Outcome>>> taking, Map<Outcome, Integer> outcomes)
                throws MessagingException, InterruptedException, ExecutionException {
            for (int l = 0; l < LANES; l++) {
                var laneOutcomes = taking.get(l).get();
                var taken = new Message[laneOutcomes.size()];
                for (int k = 0; k < laneOutcomes.size(); k++) {
                    outcomes.merge(laneOutcomes.get(k), 1, Integer::sum);
                    taken[k] = messages[byLane.get(l).get(k)];
                }
                if (taken.length > 0) {
                    folder.setFlags(taken, new Flags(Flags.Flag.SEEN), true);
                }
            }
        }
    }

    /** Fetches a chunk: the senders in one command, then each message whole. */
    private Chunk fetch(Folder folder, Message[] messages) throws MessagingException, IOException {
        var envelopes = new FetchProfile();
        envelopes.add(FetchProfile.Item.ENVELOPE);
        folder.fetch(messages, envelopes);
        var raws = new byte[messages.length][];
        for (int i = 0; i < messages.length; i++) {
            var raw = new ByteArrayOutputStream();
            messages[i].writeTo(raw);
            raws[i] = raw.toByteArray();
        }
        return new Chunk(messages, raws);
    }

    private static String senderOf(Message message) {
        try {
            var from = message.getFrom();
            return from == null || from.length == 0 ? "" : from[0].toString().toLowerCase(Locale.ROOT);
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    /** Timeouts, and reading without marking: shared by the polls and the IDLE listeners. */
    static Properties properties(String protocol) {
        var properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", CONNECT_TIMEOUT_MILLIS);
        properties.setProperty("mail." + protocol + ".timeout", READ_TIMEOUT_MILLIS);
        properties.setProperty("mail." + protocol + ".writetimeout", READ_TIMEOUT_MILLIS);
        // Reading a message must not mark it seen: that waits for the commit.
        properties.setProperty("mail." + protocol + ".peek", "true");
        // A message in one FETCH, not in 16 KB pieces with a round trip each.
        properties.setProperty("mail." + protocol + ".partialfetch", "false");
        if (protocol.equals("imaps")) {
            properties.setProperty("mail.imaps.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    /** What went wrong, in words an administrator acts on; never a password (Jakarta Mail does not put one in). */
    static String describe(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return "The IMAP server refused the user name or password.";
            }
            if (cause instanceof UnknownHostException) {
                return "The host name " + cause.getMessage() + " is not known.";
            }
            if (cause instanceof ConnectException || cause instanceof SocketTimeoutException) {
                return "Cannot connect to the IMAP server (" + cause.getMessage() + ").";
            }
            if (cause instanceof SSLException) {
                return "The secure connection to the IMAP server failed (" + cause.getMessage() + ").";
            }
        }
        var innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost.getMessage() == null ? "The mailbox could not be read." : innermost.getMessage();
    }
}
