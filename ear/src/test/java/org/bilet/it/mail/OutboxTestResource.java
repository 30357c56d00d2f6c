package org.bilet.it.mail;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.bilet.channels.mail.MailWatch;
import org.bilet.channels.mail.Mailer;
import org.bilet.channels.mail.OutgoingMailDraft;
import org.bilet.channels.mail.QueuedMail;
import org.bilet.it.time.MovableClock;

/**
 * Test-only API resource, added to the web module of {@link OutgoingMailIT}'s deployment: queues a
 * message in a transaction that commits or rolls back, runs the mail watch's pass now, and moves
 * the server's clock. Bilet has no endpoint that queues mail; capabilities call {@link Mailer}.
 */
@Path("test/mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutboxTestResource {

    /** The same few bytes stand for a report's PDF. */
    static final byte[] PDF = "%PDF-1.4\n% Bilet test report\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A message to queue; a file name adds {@link #PDF} under that name. */
    public record Draft(List<String> recipients, String subject, String text, String html, String replyTo,
                        String fileName, String inReplyTo, List<String> references) {
    }

    @EJB
    Mailer mailer;

    @EJB
    MailWatch watch;

    @Inject
    UserTransaction transaction;

    @Inject
    MovableClock clock;

    @POST
    @Path("queue")
    public QueuedMail queue(Draft request, @QueryParam("commit") boolean commit) throws Exception {
        var draft = OutgoingMailDraft.of("test:" + request.subject(), request.recipients(), request.subject(), request.text());
        if (request.html() != null) {
            draft = draft.withHtml(request.html());
        }
        if (request.replyTo() != null) {
            draft = draft.withReplyTo(request.replyTo());
        }
        if (request.fileName() != null) {
            draft = draft.withAttachment(request.fileName(), "application/pdf", PDF);
        }
        if (request.inReplyTo() != null) {
            draft = draft.inReplyTo(request.inReplyTo(), request.references());
        }
        transaction.begin();
        try {
            var queued = mailer.queue(draft);
            if (commit) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
            return queued;
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    @POST
    @Path("pass")
    public MailWatch.Pass pass() {
        return watch.pass();
    }

    @POST
    @Path("clock")
    public void advance(@QueryParam("minutes") long minutes) {
        clock.advance(Duration.ofMinutes(minutes));
    }

    @POST
    @Path("clock/reset")
    public void reset() {
        clock.reset();
    }
}
