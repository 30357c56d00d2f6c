package org.bilet.channels.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.bilet.people.Roles;

/**
 * The one way any capability sends mail: {@link #queue} writes the message into the outbox in the
 * caller's transaction (MANDATORY: a change that rolls back mails nothing, and a mail is never sent
 * for something that did not happen). After that transaction commits it is sent at once by
 * {@link MailDispatch}, and retried by {@link MailWatch}. Whoever acts may queue (a requester's reply
 * may mail the agent); no resource reaches this service, capabilities call it.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.SYSTEM})
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Mailer {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailTransport transport;

    @Inject
    Event<MailQueued> queued;

    /** Checks the draft (every mistake named, as an InvalidInputException) and queues it, due now. */
    public QueuedMail queue(@NotNull(message = "A message is required.") OutgoingMailDraft draft) {
        var checked = DraftCheck.check(draft);
        var mail = new OutgoingMail(MessageIds.next(transport.messageIdDomain()), checked, clock.instant());
        em.persist(mail);
        queued.fire(new MailQueued(mail.id()));
        return new QueuedMail(mail.id(), mail.messageId());
    }
}
