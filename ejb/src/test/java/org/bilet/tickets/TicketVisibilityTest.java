package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bilet.tickets.TestData.NOW;
import static org.bilet.tickets.TestData.agent;
import static org.bilet.tickets.TestData.manager;
import static org.bilet.tickets.TestData.newTicket;
import static org.bilet.tickets.TestData.otherRequester;
import static org.bilet.tickets.TestData.requester;

import java.util.Set;
import org.bilet.people.Organization;
import org.bilet.people.Role;
import org.bilet.people.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory form of the visibility rule; its query form is tested against the database. */
class TicketVisibilityTest {

    private User requester;
    private User agent;

    @BeforeEach
    void people() {
        requester = requester();
        agent = agent();
    }

    @Test
    void only_staff_see_the_internal_side_of_a_ticket() {
        var colleague = otherRequester();
        colleague.allowOrganizationTickets(true);

        assertThat(TicketVisibility.of(agent).seesInternal()).isTrue();
        assertThat(TicketVisibility.of(manager()).seesInternal()).isTrue();
        assertThat(TicketVisibility.of(requester).seesInternal()).isFalse();
        assertThat(TicketVisibility.of(colleague).seesInternal()).isFalse();
    }

    @Test
    void staff_see_every_ticket() {
        var ticket = newTicket(requester);

        assertThat(TicketVisibility.of(agent).allows(ticket)).isTrue();
        assertThat(TicketVisibility.of(manager()).allows(ticket)).isTrue();
    }

    @Test
    void the_requester_sees_their_ticket_however_their_user_was_loaded() {
        var ticket = newTicket(requester);

        assertThat(TicketVisibility.of(requester).allows(ticket)).isTrue();
        assertThat(TicketVisibility.of(requester()).allows(ticket)).isTrue();
    }

    @Test
    void another_requester_does_not_see_it() {
        var ticket = newTicket(requester);
        var stranger = otherRequester();
        stranger.allowOrganizationTickets(true);

        assertThat(TicketVisibility.of(stranger).allows(ticket)).isFalse();
    }

    @Test
    void a_colleague_sees_it_only_when_allowed_to_follow_organization_tickets() {
        var acme = new Organization("Acme", null);
        requester.joinOrganization(acme, "C-1");
        var ticket = newTicket(requester);
        var colleague = otherRequester();
        colleague.joinOrganization(acme, "C-1");

        assertThat(ticket.organization()).isSameAs(acme);
        assertThat(TicketVisibility.of(colleague).allows(ticket)).isFalse();

        colleague.allowOrganizationTickets(true);
        assertThat(TicketVisibility.of(colleague).allows(ticket)).isTrue();
    }

    @Test
    void someone_from_another_organization_does_not_see_it_even_when_allowed() {
        requester.joinOrganization(new Organization("Acme", null), "C-1");
        var ticket = newTicket(requester);
        var outsider = otherRequester();
        outsider.joinOrganization(new Organization("Globex", null), "C-2");
        outsider.allowOrganizationTickets(true);

        assertThat(TicketVisibility.of(outsider).allows(ticket)).isFalse();
    }

    @Test
    void two_requesters_without_an_organization_are_not_colleagues() {
        var ticket = newTicket(requester);
        var other = otherRequester();
        other.allowOrganizationTickets(true);

        assertThat(ticket.organization()).isNull();
        assertThat(TicketVisibility.of(other).allows(ticket)).isFalse();
    }

    @Test
    void a_requester_with_staff_role_too_is_staff() {
        var ticket = newTicket(requester);
        var both = new User("olga", "olga@example.com", "Olga", "Petrova", Set.of(Role.REQUESTER, Role.AGENT), NOW);

        assertThat(TicketVisibility.of(both).allows(ticket)).isTrue();
    }
}
