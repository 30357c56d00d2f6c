package org.bilet.replies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.people.CurrentUser;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.User;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;
import org.bilet.tickets.TicketFinder;

/**
 * Canned responses: agents list the active ones and render one for a ticket; administrators
 * write, revise and switch them off (never delete them), each change audited.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class CannedResponses {

    static final int MAX_BODY_LENGTH = 100_000;

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(\\d{1,7});");

    @Inject
    EntityManager em;

    @Inject
    TicketFinder tickets;

    @Inject
    PeopleLookup people;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** The active responses, by title. */
    public List<CannedResponseInfo> available() {
        return em.createNamedQuery(CannedResponse.ACTIVE, CannedResponse.class).getResultStream()
                .map(r -> new CannedResponseInfo(r.id(), r.title(), r.body()))
                .toList();
    }

    /**
     * The body of an active response (sanitized HTML) with its placeholders filled for the ticket
     * and the signed-in agent; the values are HTML-escaped. An unknown or inactive response, or a
     * ticket the caller cannot see, is a ResourceNotFoundException.
     */
    public String render(long id, @NotNull(message = "Name the ticket.") String ticketNumber) {
        var response = em.find(CannedResponse.class, id);
        if (response == null || !response.active()) {
            throw new ResourceNotFoundException("There is no canned response " + id + ".");
        }
        var ticket = tickets.find(ticketNumber);
        var values = new HashMap<String, String>();
        values.put("ticket.number", ticket.number());
        values.put("ticket.subject", ticket.subject());
        people.user(ticket.requester().username()).ifPresent(requester -> person(values, "requester", requester));
        values.put("requester.name", ticket.requester().name());
        person(values, "agent", currentUser.get());
        values.put("team.name", ticket.team() == null ? "" : people.team(ticket.team()).map(Team::name).orElse(""));
        return response.renderWith(values);
    }

    /** The names that may appear in braces in a body, like "ticket.number". */
    public List<String> placeholders() {
        return Placeholders.KNOWN;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<CannedResponseDetails> all() {
        return em.createNamedQuery(CannedResponse.ALL, CannedResponse.class).getResultStream()
                .map(CannedResponseDetails::of).toList();
    }

    /** One response, active or not, with the version the API sends as the ETag. */
    @RolesAllowed(Roles.ADMIN)
    public Versioned<CannedResponseDetails> read(long id) {
        var response = existing(id);
        return new Versioned<>(CannedResponseDetails.of(response), response.version());
    }

    @RolesAllowed(Roles.ADMIN)
    public CannedResponseDetails create(@NotBlank(message = "Enter a title.")
                                        @Size(max = 200, message = "A title has {max} characters at most.") String title,
                                        @NotBlank(message = "Write the response: it is empty.")
                                        @Size(max = MAX_BODY_LENGTH, message = "A response has {max} characters at most.") String body) {
        checkTitleFree(title.strip(), null);
        var response = new CannedResponse(title.strip(), body);
        em.persist(response);
        audit.record(AuditKind.CANNED_RESPONSE_CREATED, response.title(), ChangeSummary.of()
                .value("body", excerpt(response.body())));
        return CannedResponseDetails.of(response);
    }

    /** Revises title and body and switches the response on or off. */
    @RolesAllowed(Roles.ADMIN)
    public CannedResponseDetails change(long id,
                                        @NotBlank(message = "Enter a title.")
                                        @Size(max = 200, message = "A title has {max} characters at most.") String title,
                                        @NotBlank(message = "Write the response: it is empty.")
                                        @Size(max = MAX_BODY_LENGTH, message = "A response has {max} characters at most.") String body,
                                        boolean active) {
        var response = existing(id);
        change(response, title, body, active);
        return CannedResponseDetails.of(response);
    }

    /** Revises the response as {@link #change(long, String, String, boolean)} if it is still at the version the caller read. */
    @RolesAllowed(Roles.ADMIN)
    public Versioned<CannedResponseDetails> change(long id, long expectedVersion,
                                                   @NotBlank(message = "Enter a title.")
                                                   @Size(max = 200, message = "A title has {max} characters at most.") String title,
                                                   @NotBlank(message = "Write the response: it is empty.")
                                                   @Size(max = MAX_BODY_LENGTH, message = "A response has {max} characters at most.") String body,
                                                   boolean active) {
        var response = existing(id);
        var what = "Canned response " + id;
        Versioned.check(what, response.version(), expectedVersion);
        change(response, title, body, active);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(CannedResponseDetails.of(response), response.version());
    }

    private void change(CannedResponse response, String title, String body, boolean active) {
        checkTitleFree(title.strip(), response);
        var before = CannedResponseDetails.of(response);
        response.revise(title.strip(), body);
        if (active) {
            response.activate();
        } else {
            response.deactivate();
        }
        var summary = ChangeSummary.of().change("title", before.title(), response.title());
        if (!before.body().equals(response.body())) {
            var was = excerpt(before.body());
            var now = excerpt(response.body());
            summary.note(was.equals(now) ? "body: formatting changed" : "body: " + was + " → " + now);
        }
        summary.change("active", before.active(), response.active());
        if (!summary.isEmpty()) {
            audit.record(AuditKind.CANNED_RESPONSE_CHANGED, response.title(), summary);
        }
    }

    private CannedResponse existing(long id) {
        var response = em.find(CannedResponse.class, id);
        if (response == null) {
            throw new ResourceNotFoundException("There is no canned response " + id + ".");
        }
        return response;
    }

    private void checkTitleFree(String title, CannedResponse self) {
        var taken = em.createQuery("select r from CannedResponse r where lower(r.title) = lower(:title)", CannedResponse.class)
                .setParameter("title", title).getResultStream().anyMatch(r -> !r.equals(self));
        if (taken) {
            throw DuplicateException.of("title", "There is already a canned response titled '" + title + "'.");
        }
    }

    private static void person(Map<String, String> values, String role, User user) {
        values.put(role + ".firstName", user.firstName());
        values.put(role + ".lastName", user.lastName());
        values.put(role + ".name", user.displayName());
    }

    /** The audit keeps the start of a body as text, enough to recognise it. */
    static String excerpt(String html) {
        var text = NUMERIC_ENTITY.matcher(html.replaceAll("<[^>]*>", " "))
                .replaceAll(entity -> Matcher.quoteReplacement(character(Integer.parseInt(entity.group(1)))))
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    private static String character(int codePoint) {
        return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
    }
}
