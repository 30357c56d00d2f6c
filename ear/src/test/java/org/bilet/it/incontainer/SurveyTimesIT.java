package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.it.time.MovableClock;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketFinder;
import org.bilet.tickets.TicketStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The survey's time limits, with the movable clock, through the API: an unanswered link expires
 * after 30 days (410), an answer changes for 7 days and then stands (422), and a ticket resolved
 * again asks anew with a new link while unanswered and keeps an answer given. The token is read
 * from the resolution mail in the outbox, where the only copy of it is.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyTimesIT {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @Inject
    MovableClock clock;

    @Inject
    EntityManager em;

    @EJB
    AsAgent asAgent;

    @EJB
    TestData testData;

    @EJB
    TicketDesk desk;

    @EJB
    TicketFinder finder;

    private String requester;
    private Api requesterApi;
    private Api agentApi;

    @BeforeEach
    void people() {
        clock.reset();
        testData.ensureAgent();
        requester = testData.requester("Sofia", "Survey");
        requesterApi = Api.at(base).as(requester, TestData.PASSWORD);
        agentApi = Api.at(base).as(TestData.AGENT, TestData.PASSWORD);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void an_unanswered_link_expires_after_thirty_days() throws Exception {
        var ticket = resolved(open("Projector is blurry"));
        var survey = "/api/surveys/" + latestToken(ticket.number());

        clock.advance(Duration.ofDays(30).minusMinutes(1));
        assertThat(anonymous().get(survey).json().getBoolean("changeable")).isTrue();

        clock.advance(Duration.ofMinutes(2));
        var gone = anonymous().get(survey);
        assertThat(gone.status()).as(gone.toString()).isEqualTo(410);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.json().getString("detail")).contains("expired");
        var late = anonymous().post(survey, "{\"rating\": 5}");
        assertThat(late.status()).as(late.toString()).isEqualTo(410);
        var inPortal = requesterApi.post("/api/tickets/" + ticket.number() + "/survey", "{\"rating\": 5}");
        assertThat(inPortal.status()).as(inPortal.toString()).isEqualTo(410);

        var seenByStaff = agentApi.get("/api/tickets/" + ticket.number() + "/survey").json();
        assertThat(seenByStaff.getBoolean("changeable")).isFalse();
        assertThat(unanswered(seenByStaff)).isTrue();
    }

    @Test
    void a_second_answer_within_seven_days_changes_the_first_and_after_them_it_stands() throws Exception {
        var ticket = resolved(open("Headset crackles"));
        var survey = "/api/surveys/" + latestToken(ticket.number());

        clock.advance(Duration.ofDays(3));
        var first = anonymous().post(survey, "{\"rating\": 2, \"comment\": \"Took long.\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        var until = first.json().getString("changeableUntil");

        clock.advance(Duration.ofDays(7).minusHours(1));
        var second = anonymous().post(survey, "{\"rating\": 4, \"comment\": \"Works well now.\"}");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().getInt("rating")).isEqualTo(4);
        assertThat(second.json().getString("changeableUntil")).as("a change does not extend the time").isEqualTo(until);

        clock.advance(Duration.ofHours(2));
        var third = anonymous().post(survey, "{\"rating\": 1}");
        assertThat(third.status()).as(third.toString()).isIn(409, 422);
        assertThat(third.json().getString("detail")).contains("can no longer be changed");
        var inPortal = requesterApi.post("/api/tickets/" + ticket.number() + "/survey", "{\"rating\": 1}");
        assertThat(inPortal.status()).as(inPortal.toString()).isIn(409, 422);

        var stands = anonymous().get(survey).json();
        assertThat(stands.getInt("rating")).isEqualTo(4);
        assertThat(stands.getString("comment")).isEqualTo("Works well now.");
        assertThat(stands.getBoolean("changeable")).isFalse();
        assertThat(agentApi.get("/api/tickets/" + ticket.number() + "/survey").json().getInt("rating")).isEqualTo(4);
    }

    @Test
    void resolved_again_an_unanswered_survey_gets_a_new_link_and_an_answered_one_keeps_its_answer() throws Exception {
        // No long waits here: a resolved ticket under an SLA policy is closed after 7 days, and a closed one stays closed.
        var ticket = resolved(open("Docking station flickers"));
        var firstToken = latestToken(ticket.number());
        var firstUntil = Instant.parse(anonymous().get("/api/surveys/" + firstToken).json().getString("changeableUntil"));

        clock.advance(Duration.ofDays(1));
        reopenAndResolve(ticket.number());
        var secondToken = latestToken(ticket.number());
        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(anonymous().get("/api/surveys/" + firstToken).status()).as("the old link is replaced").isEqualTo(404);
        var asked = anonymous().get("/api/surveys/" + secondToken).json();
        assertThat(Instant.parse(asked.getString("changeableUntil"))).as("a new 30 days").isAfter(firstUntil.plus(Duration.ofHours(23)));
        assertThat(unanswered(asked)).isTrue();

        var answered = anonymous().post("/api/surveys/" + secondToken, "{\"rating\": 5}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);

        reopenAndResolve(ticket.number());
        assertThat(resolutionMails(ticket.number())).hasSize(3);
        assertThat(latestMail(ticket.number())).as("nothing to ask again").doesNotContain("/survey/");
        var kept = anonymous().get("/api/surveys/" + secondToken).json();
        assertThat(kept.getInt("rating")).isEqualTo(5);
        assertThat(kept.getBoolean("changeable")).isTrue();
        assertThat(anonymous().post("/api/surveys/" + secondToken, "{\"rating\": 3}").json().getInt("rating"))
                .as("still within its 7 days").isEqualTo(3);
    }

    private Api anonymous() {
        return Api.at(base);
    }

    private TicketDetails open(String subject) throws Exception {
        return asAgent.call(() -> desk.open(NewTicket.of(subject, "Reported on the phone.").forRequester(requester)));
    }

    private TicketDetails resolved(TicketDetails ticket) throws Exception {
        return asAgent.call(() -> desk.change(ticket.number(), ticket.version(),
                TicketChanges.none().withStatus(TicketStatus.RESOLVED).withResolution("Adjusted it.")));
    }

    private void reopenAndResolve(String number) throws Exception {
        var reopened = asAgent.call(() -> desk.change(number, finder.version(number), TicketChanges.none().withStatus(TicketStatus.OPEN)));
        resolved(reopened);
    }

    /** The token in the newest resolution mail about the ticket, from the outbox. */
    private String latestToken(String number) {
        var link = LINK.matcher(latestMail(number));
        assertThat(link.find()).as("a survey link in the resolution mail of " + number).isTrue();
        return link.group(1);
    }

    private String latestMail(String number) {
        return resolutionMails(number).get(0);
    }

    private List<String> resolutionMails(String number) {
        return em.createQuery("select m.textBody from OutgoingMail m where m.purpose = :purpose order by m.id desc", String.class)
                .setParameter("purpose", "ticket-resolved:" + number).getResultList();
    }

    private static boolean unanswered(JsonObject survey) {
        return !survey.containsKey("rating") || survey.isNull("rating");
    }
}
