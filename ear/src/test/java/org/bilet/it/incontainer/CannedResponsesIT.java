package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bilet.it.incontainer.TicketRecords.newTicket;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Map;
import java.util.UUID;
import org.bilet.audit.AuditLog;
import org.bilet.it.Deployments;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.replies.CannedResponseInfo;
import org.bilet.replies.CannedResponses;
import org.bilet.tickets.TicketDesk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The contract the ticket screen relies on: an administrator's canned response, rendered for a ticket by an agent. */
@ExtendWith(ArquillianExtension.class)
class CannedResponsesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @EJB
    AsAgent asAgent;

    @EJB
    AsAdmin asAdmin;

    @EJB
    TestData testData;

    @EJB
    CannedResponses responses;

    @EJB
    TicketDesk desk;

    @EJB
    AuditLog audit;

    @Test
    void an_agent_renders_a_response_for_a_ticket_with_escaped_values() throws Exception {
        var title = "Payroll answer " + UUID.randomUUID();
        var created = asAdmin.call(() -> responses.create(title, """
                <p>Dear {requester.firstName} {requester.lastName} ({requester.name}),</p>
                <p>about {ticket.number} "{ticket.subject}": {team.name} has it. {agent.firstName} / {agent.name}</p>"""));
        // Names with characters that HTML must escape.
        var category = testData.category("Payslips", testData.team("Payroll & Benefits"));
        var requester = testData.requester("James", "O'Connor");
        var ticket = asAgent.call(() -> desk.open(newTicket("Payslip <March> & bonus", requester, category, null, null)));

        var rendered = asAgent.call(() -> responses.render(created.id(), ticket.number()));

        assertThat(rendered).isEqualTo("<p>Dear James O&#39;Connor (James O&#39;Connor),</p>\n"
                + "<p>about " + ticket.number() + " &#34;Payslip &lt;March&gt; &amp; bonus&#34;: Payroll &amp; Benefits has it. "
                + TestData.AGENT_FIRST_NAME + " / " + TestData.AGENT_FIRST_NAME + " " + TestData.AGENT_LAST_NAME + "</p>");
        assertThat(asAgent.call(() -> responses.available())).extracting(CannedResponseInfo::title).contains(title);
    }

    @Test
    void a_polish_requester_gets_the_polish_body_and_agents_pick_responses_by_their_title_in_their_language() throws Exception {
        var title = "Printer answer " + UUID.randomUUID();
        var created = asAdmin.call(() -> responses.create(title, "Hello {requester.firstName}, the printer is fixed.",
                Map.of("pl", "Drukarka " + title, "uk", "Принтер " + title),
                Map.of("pl", "Dzień dobry {requester.firstName}, drukarka działa.")));
        assertThat(created.bodyTranslations()).containsEntry("pl", "<p>Dzień dobry {requester.firstName}, drukarka działa.</p>");
        // A demo requester who reads Polish, and one made by the test, who reads English.
        var polish = asAgent.call(() -> desk.open(newTicket("Drukarka nie drukuje", "p.wisniewski", null, null, null)));
        var english = asAgent.call(() -> desk.open(newTicket("Printer jams", testData.requester("Ann", "Print"), null, null, null)));

        assertThat(asAgent.call(() -> responses.render(created.id(), polish.number())))
                .isEqualTo("<p>Dzień dobry Piotr, drukarka działa.</p>");
        assertThat(asAgent.call(() -> responses.render(created.id(), english.number())))
                .as("no body in English: the body as written").isEqualTo("<p>Hello Ann, the printer is fixed.</p>");
        assertThat(asAgent.call(() -> responses.available("uk"))).extracting(CannedResponseInfo::title).contains("Принтер " + title);
        assertThat(asAgent.call(() -> responses.available("lt"))).extracting(CannedResponseInfo::title).contains(title);

        assertThatThrownBy(() -> asAdmin.call(() -> responses.create("Other " + title, "Hi", null,
                Map.of("uk", "Вітаю, {boss.name}", "de", "Hallo"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("bodyTranslations.uk", "bodyTranslations.de"));
    }

    @Test
    void a_switched_off_response_is_neither_offered_nor_rendered_and_every_change_is_audited() throws Exception {
        var title = "Old answer " + UUID.randomUUID();
        var created = asAdmin.call(() -> responses.create(title, "Thanks, {requester.firstName}."));
        asAdmin.call(() -> responses.change(created.id(), title, created.body(), false));

        assertThat(asAgent.call(() -> responses.available())).extracting(CannedResponseInfo::title).doesNotContain(title);
        var requester = testData.requester("Theo", "Thanks");
        var ticket = asAgent.call(() -> desk.open(newTicket("Any ticket", requester, null, null, null)));
        assertThatThrownBy(() -> asAgent.call(() -> responses.render(created.id(), ticket.number())))
                .isInstanceOf(ResourceNotFoundException.class).hasMessage("There is no canned response " + created.id() + ".");
        var entries = asAdmin.call(() -> audit.page("admin", null, 0, 50)).items().stream()
                .filter(e -> e.subject().equals(title)).toList();
        assertThat(entries).extracting(e -> e.kind() + " " + e.summary()).containsExactly(
                "CANNED_RESPONSE_CHANGED active: yes → no",
                "CANNED_RESPONSE_CREATED body: Thanks, {requester.firstName}.");
        assertThat(entries).allSatisfy(e -> assertThat(e.actor()).isEqualTo("admin"));
    }

    @Test
    void agents_may_not_manage_responses() {
        assertThatThrownBy(() -> asAgent.call(() -> responses.create("Mine", "Mine")))
                .isInstanceOf(EJBAccessException.class);
    }
}
