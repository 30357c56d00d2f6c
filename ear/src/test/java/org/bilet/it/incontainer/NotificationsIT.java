package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.tickets.Channel;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketField;
import org.bilet.tickets.events.ActorRef;
import org.bilet.tickets.events.FieldChanged;
import org.bilet.tickets.events.TicketChange;
import org.bilet.tickets.events.TicketRef;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications sent after ticket changes commit, and the API that lists and marks them: who is
 * told (never whoever made the change), in which words, and that nobody reads another's.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @EJB
    AsAgent asAgent;

    @EJB
    TestData testData;

    @EJB
    TicketDesk desk;

    @Inject
    Event<TicketChange> changes;

    @Inject
    UserTransaction transaction;

    @Inject
    EntityManager em;

    private final Map<String, Api> signedIn = new HashMap<>();

    @Test
    void assigning_a_ticket_tells_the_assignee_and_not_the_one_who_assigned_it() throws Exception {
        var assignee = testData.agent("Olga", "Assigned");
        var ticket = openForNewRequester("Laptop will not boot");

        asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withAssignee(assignee)));

        var items = api(assignee).get("/api/me/notifications").json();
        assertThat(items.getJsonNumber("unread").longValue()).isEqualTo(1);
        assertThat(items.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("kind"), i -> i.getString("ticket"), i -> i.getString("subject"),
                        i -> i.getString("text"), i -> i.getBoolean("read"))
                .containsExactly(tuple("ASSIGNED", ticket.number(), "Laptop will not boot",
                        TestData.AGENT_FIRST_NAME + " " + TestData.AGENT_LAST_NAME + " assigned this ticket to you.", false));
        assertThat(notificationsOf(TestData.AGENT, ticket.number())).isEmpty();
    }

    @Test
    void taking_a_ticket_yourself_tells_nobody() throws Exception {
        var ticket = openForNewRequester("Mouse double-clicks");

        asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withAssignee(TestData.AGENT)));

        assertThat(notificationsOf(TestData.AGENT, ticket.number())).isEmpty();
    }

    @Test
    void a_requesters_reply_tells_the_assignee_and_notes_tell_nobody() throws Exception {
        var assignee = testData.agent("Piero", "Replied");
        var requester = testData.requester("Rosa", "Replying");
        var ticket = asAgent.call(() -> desk.open(NewTicket.of("VPN drops", "Every hour.").forRequester(requester)));
        var assigned = asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withAssignee(assignee)));
        asAgent.call(() -> desk.post(assigned.number(), new NewMessage("Asked the network team.", true)));

        var reply = api(requester).post("/api/tickets/" + ticket.number() + "/messages", "{\"body\":\"Still dropping.\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

        assertThat(notificationsOf(assignee, ticket.number())).extracting(i -> i.getString("kind"))
                .containsExactly("REQUESTER_REPLIED", "ASSIGNED");
        assertThat(notificationsOf(assignee, ticket.number()).get(0).getString("text")).contains("Rosa Replying");
        assertThat(api(requester).get("/api/me/notifications").json().getJsonNumber("unread").longValue()).isZero();
        assertThat(notificationsOf(TestData.AGENT, ticket.number())).isEmpty();
    }

    @Test
    void a_broken_promise_tells_the_team_while_nobody_is_assigned_and_then_only_the_assignee() throws Exception {
        var first = testData.agent("Tina", "Team");
        var second = testData.agent("Tom", "Team");
        var team = testData.team("Promises", first, second);
        var ticket = openForNewRequester("Payroll export fails");
        var routed = asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withTeam(Optional.of(team))));

        promiseChanged(routed, TicketField.RESOLUTION_SLA, "WARNING", "BREACHED");
        promiseChanged(routed, TicketField.FIRST_RESPONSE_SLA, "WARNING", "MET");

        for (var member : List.of(first, second)) {
            assertThat(notificationsOf(member, ticket.number())).extracting(i -> i.getString("kind"), i -> i.getString("text"))
                    .containsExactly(tuple("SLA_BREACHED", "Resolution: the promised time is used up."));
        }

        asAgent.call(() -> desk.change(ticket.number(), routed.version(), TicketChanges.none().withAssignee(second)));
        promiseChanged(routed, TicketField.NEXT_RESPONSE_SLA, "OK", "WARNING");

        assertThat(notificationsOf(first, ticket.number())).hasSize(1);
        assertThat(notificationsOf(second, ticket.number())).extracting(i -> i.getString("kind"))
                .containsExactly("SLA_WARNING", "ASSIGNED", "SLA_BREACHED");
    }

    @Test
    void people_mark_their_own_notifications_read_one_or_all_and_never_anyone_elses() throws Exception {
        var reader = testData.agent("Rita", "Reader");
        var other = testData.agent("Oskar", "Other");
        for (var subject : List.of("Screen one", "Screen two", "Screen three")) {
            var ticket = openForNewRequester(subject);
            asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withAssignee(reader)));
        }
        var api = api(reader);

        var unread = api.get("/api/me/notifications?unread=true&page=0&size=2").json();
        assertThat(unread.getJsonNumber("unread").longValue()).isEqualTo(3);
        var page = unread.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(page).extracting(i -> i.getString("subject")).containsExactly("Screen three", "Screen two");
        var newest = page.get(0).getJsonNumber("id").longValue();

        var stranger = api(other).post("/api/me/notifications/" + newest + "/read", "");
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(stranger.contentType()).startsWith("application/problem+json");
        assertThat(api(other).post("/api/me/notifications/999999999/read", "").status()).isEqualTo(404);

        var read = api.post("/api/me/notifications/" + newest + "/read", "");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getBoolean("read")).isTrue();
        assertThat(api.get("/api/me/notifications?unread=true").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("subject")).containsExactly("Screen two", "Screen one");
        assertThat(api.get("/api/me/notifications?page=1&size=2").json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(i -> i.getString("subject")).containsExactly("Screen one");

        var all = api.post("/api/me/notifications/read-all", "");
        assertThat(all.json().getInt("marked")).isEqualTo(2);
        var after = api.get("/api/me/notifications").json();
        assertThat(after.getJsonNumber("unread").longValue()).isZero();
        assertThat(after.getJsonArray("items").getValuesAs(JsonObject.class)).hasSize(3).allMatch(i -> i.getBoolean("read"));
        assertThat(api.get("/api/me/notifications?unread=true").json().getJsonArray("items")).isEmpty();
    }

    @Test
    void bad_paging_and_filters_are_refused_as_problems_naming_the_parameter() throws Exception {
        var api = api(testData.agent("Pia", "Paging"));
        for (var query : List.of("?size=0", "?size=1000", "?page=-1", "?page=x", "?unread=maybe")) {
            var response = api.get("/api/me/notifications" + query);
            assertThat(response.status()).as(query + ": " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().getJsonArray("errors")).as(query).hasSize(1);
        }
        assertThat(api.post("/api/me/notifications/abc/read", "").status()).isEqualTo(404);
    }

    private void promiseChanged(TicketDetails ticket, TicketField promise, String from, String to) throws Exception {
        var id = ((Number) em.createNativeQuery("select id from ticket where number = :number")
                .setParameter("number", ticket.number()).getSingleResult()).longValue();
        transaction.begin();
        changes.fire(new FieldChanged(new TicketRef(id, ticket.number()), new ActorRef("@bilet", true, true, Channel.SYSTEM),
                Instant.now(), promise, from, to));
        transaction.commit();
    }

    /** The user's notifications about one ticket, newest first. */
    private List<JsonObject> notificationsOf(String username, String number) {
        var response = api(username).get("/api/me/notifications?size=200");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("ticket").equals(number)).toList();
    }

    private TicketDetails openForNewRequester(String subject) throws Exception {
        var requester = testData.requester("Nora", "Notified");
        return asAgent.call(() -> desk.open(NewTicket.of(subject, "Reported on the phone.").forRequester(requester)));
    }

    /** The user signed in with a token of their own, issued once per test: passwords are slow to check by design. */
    private Api api(String username) {
        return signedIn.computeIfAbsent(username, name -> {
            var issued = Api.at(base).as(name, TestData.PASSWORD).post("/api/me/tokens", "{\"name\":\"tests\"}");
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            return Api.at(base).withToken(issued.json().getString("token"));
        });
    }
}
