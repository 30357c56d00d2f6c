package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.bilet.tickets.Channel;
import org.bilet.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void the_values_are_listed_as_the_api_spells_them_in_their_order() {
        assertThat(Choices.of(Channel.class)).isEqualTo("WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT");
        assertThat(Choices.mustBeOneOf("channel", Channel.class)).isEqualTo("channel must be one of WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT.");
    }

    @Test
    void a_value_is_found_in_any_case() {
        assertThat(Choices.find(Channel.class, "phone")).contains(Channel.PHONE);
        assertThat(Choices.find(TicketStatus.class, " On_Hold ")).contains(TicketStatus.ON_HOLD);
        assertThat(Choices.find(Channel.class, "FAX")).isEmpty();
        assertThat(Choices.find(Channel.class, "")).isEmpty();
    }
}
