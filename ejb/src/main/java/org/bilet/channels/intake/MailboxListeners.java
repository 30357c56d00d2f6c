package org.bilet.channels.intake;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bilet.people.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * The IMAP IDLE listeners of this server, one thread each for the active mailboxes that want
 * IDLE. {@link MailboxWatch} brings them in line with the mailboxes every ten seconds: a listener
 * starts for a new mailbox, restarts when its settings change, and stops when the mailbox is
 * switched off or deleted. New mail then reaches a ticket within moments instead of at the next
 * poll; the interval poll goes on beside it, in case a connection dies unnoticed. In a cluster one
 * node listens (the holder of {@code mailbox-listeners}, see {@link MailboxWatch}), and the
 * mailbox's lease lets one reader in at a time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@RunAs(Roles.SYSTEM)
@RunAsPrincipal("@bilet")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxListeners {

    private record Running(long version, MailboxListener listener, Future<?> renewing) {
    }

    private final Map<Long, Running> running = new ConcurrentHashMap<>();

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    SessionContext context;

    @EJB
    MailboxLeases leases;

    @EJB
    MailboxPoller poller;

    /** Listens to the mailboxes that want IDLE now, at their current settings, and to no other. */
    public void keep() {
        var wanted = leases.listenable();
        running.forEach((id, listening) -> {
            if (!Long.valueOf(listening.version()).equals(wanted.get(id))) {
                stop(id);
            }
        });
        var self = context.getBusinessObject(MailboxListeners.class);
        wanted.forEach((id, version) -> {
            if (!running.containsKey(id)) {
                leases.access(id).ifPresent(access -> start(access, version, self));
            }
        });
    }

    /** A listener heard of new mail: read it now, as Bilet, under the mailbox's lease. */
    public void woken(long mailboxId) {
        poller.poll(mailboxId, false);
    }

    /** Whether this server listens to the mailbox. */
    public IdleState state(long mailboxId) {
        var listening = running.get(mailboxId);
        return listening == null ? IdleState.OFF : listening.listener().state();
    }

    private void start(MailboxLeases.Access access, long version, MailboxListeners self) {
        var listener = new MailboxListener(access, self::woken);
        var thread = threads.newThread(listener);
        thread.setName("bilet-mailbox-" + access.id() + "-idle");
        long every = MailboxListener.RENEW_EVERY.toSeconds();
        var renewing = scheduler.scheduleWithFixedDelay(listener::renew, every, every, TimeUnit.SECONDS);
        running.put(access.id(), new Running(version, listener, renewing));
        thread.start();
    }

    private void stop(long mailboxId) {
        var listening = running.remove(mailboxId);
        if (listening != null) {
            listening.renewing().cancel(false);
            listening.listener().stop();
        }
    }

    /** Another node listens now: stop every listener of this one. */
    public void release() {
        running.keySet().forEach(this::stop);
    }

    @PreDestroy
    void stopAll() {
        release();
    }
}
