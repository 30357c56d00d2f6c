package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.people.Role;
import org.bilet.tickets.NewTicket;
import org.bilet.tickets.TicketChanges;
import org.bilet.tickets.TicketDesk;
import org.bilet.tickets.TicketDetails;
import org.bilet.tickets.TicketStatus;
import org.bilet.worklog.Workload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Time logged on tickets through the API, and the managers' workload figures over a known set of tickets. */
@ExtendWith(ArquillianExtension.class)
class WorklogIT {

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

    @EJB
    TicketTimes times;

    @EJB
    Workload workload;

    private final Map<String, Api> signedIn = new HashMap<>();

    @Test
    void staff_log_time_and_read_every_entry_with_the_total() throws Exception {
        var agent = testData.agent("Tadeusz", "Timer");
        var ticket = openForNewRequester("Printer needs toner");
        var path = "/api/tickets/" + ticket.number() + "/time-entries";

        var first = api(agent).post(path, "{\"minutes\":25,\"note\":\"<script>alert('x')</script> replaced toner\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).endsWith(path + "/" + first.json().getJsonNumber("id"));
        assertThat(first.json().getJsonObject("agent").getString("username")).isEqualTo(agent);
        assertThat(first.json().getString("note")).isEqualTo("<script>alert('x')</script> replaced toner");
        assertThat(api(TestData.AGENT).post(path, "{\"minutes\":35}").status()).isEqualTo(201);

        var logged = api(agent).get(path);
        assertThat(logged.status()).isEqualTo(200);
        assertThat(logged.json().getJsonNumber("totalMinutes").longValue()).isEqualTo(60);
        assertThat(logged.json().getJsonArray("entries").getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonObject("agent").getString("username"), e -> e.getInt("minutes"),
                        e -> e.getString("note", null))
                .containsExactly(tuple(agent, 25, "<script>alert('x')</script> replaced toner"),
                        tuple(TestData.AGENT, 35, null));
        assertThat(logged.json().getJsonArray("entries").getJsonObject(0).keySet())
                .containsExactlyInAnyOrder("id", "agent", "minutes", "note", "loggedAt");
    }

    @Test
    void requesters_are_refused_and_unknown_tickets_are_not_found() throws Exception {
        var requester = testData.requester("Renata", "Requesting");
        var ticket = asAgent.call(() -> desk.open(NewTicket.of("My own ticket", "d").forRequester(requester)));
        var path = "/api/tickets/" + ticket.number() + "/time-entries";

        assertThat(api(requester).get(path).status()).isEqualTo(403);
        assertThat(api(requester).post(path, "{\"minutes\":5}").status()).isEqualTo(403);
        var missing = api(TestData.AGENT).post("/api/tickets/BIL-999999999/time-entries", "{\"minutes\":5}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(api(TestData.AGENT).get("/api/tickets/BIL-999999999/time-entries").status()).isEqualTo(404);
        assertThat(api(TestData.AGENT).get(path).json().getJsonNumber("totalMinutes").longValue()).isZero();
    }

    @Test
    void hostile_time_is_refused_as_a_problem_listing_the_fields() throws Exception {
        var path = "/api/tickets/" + openForNewRequester("Hostile input").number() + "/time-entries";
        var agent = api(TestData.AGENT);
        Map<String, List<String>> refused = Map.of(
                "{\"minutes\":0}", List.of("minutes"),
                "{\"minutes\":-3}", List.of("minutes"),
                "{\"minutes\":100000}", List.of("minutes"),
                "{\"note\":\"forgot the minutes\"}", List.of("minutes"),
                "{\"minutes\":0,\"note\":\"" + "x".repeat(501) + "\"}", List.of("minutes", "note"),
                "", List.of("request"),
                "null", List.of("request"));
        for (var body : refused.entrySet()) {
            var response = agent.post(path, body.getKey());
            assertThat(response.status()).as(body.getKey() + " → " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("field")).as(body.getKey()).containsExactlyElementsOf(body.getValue());
        }
        for (var unreadable : List.of("{\"minutes\":\"many\"}", "{\"minutes\":", "[25]")) {
            var response = agent.post(path, unreadable);
            assertThat(response.status()).as(unreadable + " → " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(agent.get(path).json().getJsonArray("entries")).isEmpty();
    }

    @Test
    void the_workload_counts_a_known_set_of_tickets_for_managers_only() throws Exception {
        var worker = testData.agent("Wanda", "Worker");
        var manager = testData.user("manager", "Marek", "Managing", Role.MANAGER);
        var normal = assignedTo(worker, "NORMAL");
        assignedTo(worker, "NORMAL");
        assignedTo(worker, "HIGH");
        var done = assignedTo(worker, "LOW");
        asAgent.call(() -> desk.change(done.number(), done.version(),
                TicketChanges.none().withStatus(TicketStatus.RESOLVED).withResolution("Fixed.")));
        // From before SLA policies and due in two hours: the desk's AT_RISK queue holds it, so the workload does.
        times.asBeforeSla(normal.number(), Instant.now().plus(Duration.ofHours(2)));
        api(worker).post("/api/tickets/" + normal.number() + "/time-entries", "{\"minutes\":40}");
        api(worker).post("/api/tickets/" + done.number() + "/time-entries", "{\"minutes\":15}");

        var response = api(manager).get("/api/workload");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var report = response.json();
        assertThat(report.getJsonArray("priorities").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).startsWith("URGENT", "HIGH", "NORMAL", "LOW");
        var row = report.getJsonArray("agents").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(worker)).findFirst().orElseThrow();
        assertThat(row.getString("name")).isEqualTo("Wanda Worker");
        assertThat(row.getJsonNumber("open").longValue()).isEqualTo(3);
        var byPriority = row.getJsonObject("openByPriority");
        assertThat(byPriority.getJsonNumber("NORMAL").longValue()).isEqualTo(2);
        assertThat(byPriority.getJsonNumber("HIGH").longValue()).isEqualTo(1);
        assertThat(byPriority.getJsonNumber("LOW").longValue()).isZero();
        assertThat(byPriority.getJsonNumber("URGENT").longValue()).isZero();
        assertThat(row.getJsonNumber("atRisk").longValue()).isEqualTo(1);
        assertThat(row.getJsonNumber("takenToday").longValue()).isEqualTo(4);
        assertThat(row.getJsonNumber("minutesToday").longValue()).isEqualTo(55);
        assertThat(row.getJsonNumber("minutesThisWeek").longValue()).isEqualTo(55);
        assertThat(report.getJsonArray("agents").getValuesAs(JsonObject.class)).extracting(a -> a.getString("username"))
                .contains(manager, TestData.AGENT).doesNotContain("@bilet");

        var refused = api(TestData.AGENT).get("/api/workload");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThatThrownBy(() -> asAgent.call(() -> workload.now())).isInstanceOf(EJBAccessException.class);
    }

    private TicketDetails assignedTo(String agent, String priority) throws Exception {
        var requester = testData.requester("Wiktor", "Waiting");
        var ticket = asAgent.call(() -> desk.open(NewTicket.of("Load " + priority, "d").forRequester(requester).withPriority(priority)));
        return asAgent.call(() -> desk.change(ticket.number(), ticket.version(), TicketChanges.none().withAssignee(agent)));
    }

    private TicketDetails openForNewRequester(String subject) throws Exception {
        var requester = testData.requester("Tomasz", "Timed");
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
