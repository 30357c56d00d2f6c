package org.bilet.channels.mail;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.bilet.tickets.events.TicketRef;

/**
 * The seam through which another capability adds to the mail that tells a requester their ticket
 * is resolved, without the core knowing that capability: {@link RequesterMail} fires it
 * synchronously, in the change's transaction, while it composes that mail, and an observer (the
 * satisfaction survey of {@code reports}) may offer the link the requester follows to rate the
 * work. Nobody observing, or nobody offering, means a mail without it. An observer must not fail:
 * its failure would roll the resolution back.
 */
public final class ResolutionMailing {

    private final TicketRef ticket;
    private final String requester;
    private URI surveyLink;

    public ResolutionMailing(TicketRef ticket, String requester) {
        this.ticket = Objects.requireNonNull(ticket);
        this.requester = Objects.requireNonNull(requester);
    }

    /** The ticket the mail is about. */
    public TicketRef ticket() {
        return ticket;
    }

    /** The username of the requester the mail goes to. */
    public String requester() {
        return requester;
    }

    /** Puts "rate how we did" with this link into the mail; only an absolute http(s) link is taken. */
    public void offerSurveyLink(URI link) {
        Objects.requireNonNull(link);
        if (!link.isAbsolute() || !(link.getScheme().equals("https") || link.getScheme().equals("http"))) {
            throw new IllegalArgumentException("A survey link must be an absolute http(s) address: " + link);
        }
        this.surveyLink = link;
    }

    public Optional<URI> surveyLink() {
        return Optional.ofNullable(surveyLink);
    }
}
