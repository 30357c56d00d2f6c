package org.bilet.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the SLA forms turn what was typed into the service's terms, and its refusals back onto inputs. */
class SlaFormsTest {

    @Test
    void a_refused_row_of_a_calendar_lands_on_that_rows_input() {
        assertThat(SlaCalendarsView.clientIdOf("hours[2].closes")).isEqualTo("calendar:hours:2:closes");
        assertThat(SlaCalendarsView.clientIdOf("holidays[1].day")).isEqualTo("calendar:holidays:1:day");
        assertThat(SlaCalendarsView.clientIdOf("hours[0]")).as("left to the form's own lookup").isNull();
        assertThat(SlaCalendarsView.clientIdOf("zone")).isNull();
    }

    @Test
    void a_target_is_hours_and_minutes_and_empty_is_no_promise() {
        assertThat(PolicyForm.total(2, 30)).isEqualTo(150);
        assertThat(PolicyForm.total(null, 45)).isEqualTo(45);
        assertThat(PolicyForm.total(4, null)).isEqualTo(240);
        assertThat(PolicyForm.total(null, null)).isNull();
    }
}
