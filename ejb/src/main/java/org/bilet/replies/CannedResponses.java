package org.bilet.replies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;
import org.bilet.tickets.TicketFinder;
import org.bilet.translations.Translations;

/**
 * Canned responses: agents list the active ones and render one for a ticket; administrators
 * write, revise and switch them off (never delete them), each change audited.
 */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class CannedResponses {

    static final int MAX_BODY_LENGTH = 100_000;
    static final int MAX_TITLE_LENGTH = 200;

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

    /** The active responses as a reader of the language picks them: titled (and bodied) in it where they can be, by that title. */
    public List<CannedResponseInfo> available(String language) {
        return em.createNamedQuery(CannedResponse.ACTIVE, CannedResponse.class).getResultStream()
                .map(r -> new CannedResponseInfo(r.id(), r.title(language), r.body(language)))
                .sorted(Comparator.comparing(CannedResponseInfo::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The body of an active response (sanitized HTML) with its placeholders filled for the ticket
     * and the signed-in agent, in the requester's language where it was written in it (the body as
     * written otherwise); the values are HTML-escaped. An unknown or inactive response, or a
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
        var requester = people.user(ticket.requester().username());
        requester.ifPresent(user -> person(values, "requester", user));
        values.put("requester.name", ticket.requester().name());
        person(values, "agent", currentUser.get());
        values.put("team.name", ticket.team() == null ? "" : people.team(ticket.team()).map(Team::name).orElse(""));
        return response.renderWith(values, requester.map(User::locale).orElse(null));
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
        return create(title, body, null, null);
    }

    /** A new response with its title and body in other languages (language to text; null: none). */
    @RolesAllowed(Roles.ADMIN)
    public CannedResponseDetails create(@NotBlank(message = "Enter a title.")
                                        @Size(max = 200, message = "A title has {max} characters at most.") String title,
                                        @NotBlank(message = "Write the response: it is empty.")
                                        @Size(max = MAX_BODY_LENGTH, message = "A response has {max} characters at most.") String body,
                                        Map<String, String> titleTranslations, Map<String, String> bodyTranslations) {
        checkTitleFree(title.strip(), null);
        var problems = new Problems();
        var titles = Translations.check("titleTranslations", titleTranslations, MAX_TITLE_LENGTH, problems);
        var bodies = bodies(bodyTranslations, problems);
        problems.throwIfAny();
        var response = new CannedResponse(title.strip(), body);
        response.translate(titles, bodies);
        em.persist(response);
        var summary = ChangeSummary.of().value("body", excerpt(response.body()));
        if (!titles.isEmpty()) {
            summary.value("title translations", titles);
        }
        if (!bodies.isEmpty()) {
            summary.value("body translations", bodies.asMap().keySet());
        }
        audit.record(AuditKind.CANNED_RESPONSE_CREATED, response.title(), summary);
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
        return change(id, title, body, active, null, null);
    }

    /** {@link #change(long, String, String, boolean)} with the title and body in other languages (null: as they are). */
    @RolesAllowed(Roles.ADMIN)
    public CannedResponseDetails change(long id,
                                        @NotBlank(message = "Enter a title.")
                                        @Size(max = 200, message = "A title has {max} characters at most.") String title,
                                        @NotBlank(message = "Write the response: it is empty.")
                                        @Size(max = MAX_BODY_LENGTH, message = "A response has {max} characters at most.") String body,
                                        boolean active, Map<String, String> titleTranslations, Map<String, String> bodyTranslations) {
        var response = existing(id);
        change(response, title, body, active, titleTranslations, bodyTranslations);
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
        return change(id, expectedVersion, title, body, active, null, null);
    }

    /**
     * {@link #change(long, long, String, String, boolean)} with the title and body in other
     * languages (language to text): null leaves them as they are, an empty map removes them.
     */
    @RolesAllowed(Roles.ADMIN)
    public Versioned<CannedResponseDetails> change(long id, long expectedVersion,
                                                   @NotBlank(message = "Enter a title.")
                                                   @Size(max = 200, message = "A title has {max} characters at most.") String title,
                                                   @NotBlank(message = "Write the response: it is empty.")
                                                   @Size(max = MAX_BODY_LENGTH, message = "A response has {max} characters at most.") String body,
                                                   boolean active, Map<String, String> titleTranslations,
                                                   Map<String, String> bodyTranslations) {
        var response = existing(id);
        var what = "Canned response " + id;
        Versioned.check(what, response.version(), expectedVersion);
        change(response, title, body, active, titleTranslations, bodyTranslations);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(CannedResponseDetails.of(response), response.version());
    }

    private void change(CannedResponse response, String title, String body, boolean active,
                        Map<String, String> titleTranslations, Map<String, String> bodyTranslations) {
        checkTitleFree(title.strip(), response);
        var problems = new Problems();
        var titles = titleTranslations == null ? response.titleTranslations()
                : Translations.check("titleTranslations", titleTranslations, MAX_TITLE_LENGTH, problems);
        var bodies = bodyTranslations == null ? response.bodyTranslations() : bodies(bodyTranslations, problems);
        problems.throwIfAny();
        var before = CannedResponseDetails.of(response);
        var titlesBefore = response.titleTranslations();
        var bodiesBefore = response.bodyTranslations();
        response.revise(title.strip(), body);
        response.translate(titles, bodies);
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
        summary.change("title translations", titlesBefore, titles);
        // Bodies are long: the audit says which languages there are, or that one was revised.
        if (!bodiesBefore.asMap().keySet().equals(bodies.asMap().keySet())) {
            summary.change("body translations", bodiesBefore.asMap().keySet(), bodies.asMap().keySet());
        } else if (!bodiesBefore.equals(bodies)) {
            summary.note("body translations: revised");
        }
        if (!summary.isEmpty()) {
            audit.record(AuditKind.CANNED_RESPONSE_CHANGED, response.title(), summary);
        }
    }

    /** Each body made safe and checked as the body is; a refusal names the language ("bodyTranslations.pl"). */
    private static Translations bodies(Map<String, String> sent, Problems problems) {
        var checked = Translations.check("bodyTranslations", sent, MAX_BODY_LENGTH, problems);
        var sanitized = new LinkedHashMap<String, String>();
        checked.asMap().forEach((language, raw) -> {
            try {
                sanitized.put(language, CannedResponse.html(raw));
            } catch (InvalidInputException e) {
                problems.add("bodyTranslations." + language, e.getMessage());
            }
        });
        // Escaping may lengthen a body; the limit was the written text's.
        return Translations.check("bodyTranslations", sanitized, Integer.MAX_VALUE, problems);
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
