package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.bilet.platform.InvalidInputException;
import org.bilet.tickets.TicketStatus;
import org.junit.jupiter.api.Test;

class TicketPatchTest {

    @Test
    void a_status_and_a_snooze_are_read() {
        var changes = TicketPatch.parse(json("{\"status\": \"on_hold\", \"snoozeUntil\": \"2026-12-24T08:00:00Z\"}"));

        assertThat(changes.status()).isEqualTo(TicketStatus.ON_HOLD);
        assertThat(changes.snoozeUntil()).isEqualTo(Instant.parse("2026-12-24T08:00:00Z"));
    }

    @Test
    void a_snooze_beyond_the_year_9999_is_no_time_the_api_takes() {
        assertThat(refusals("{\"status\": \"ON_HOLD\", \"snoozeUntil\": \"+10000-01-01T00:00:00Z\"}"))
                .containsExactly("snoozeUntil: snoozeUntil must be a time like 2026-12-24T08:00:00Z.");
    }

    @Test
    void an_unknown_status_lists_the_statuses() {
        assertThat(refusals("{\"status\": \"DONE\"}"))
                .containsExactly("status: status must be one of NEW, OPEN, WAITING, ON_HOLD, RESOLVED, CLOSED.");
    }

    @Test
    void a_custom_field_is_a_string_a_number_or_a_flag_and_null_clears_it() {
        var changes = TicketPatch.parse(json("{\"customFields\": {\"a\": \"x\", \"b\": 12, \"c\": true, \"d\": null}}"));

        assertThat(changes.customFields()).containsEntry("a", "x").containsEntry("b", "12").containsEntry("c", "true")
                .containsEntry("d", null);
        assertThat(refusals("{\"customFields\": {\"a\": [1], \"b\": {}}}")).containsExactly(
                "customFields.a: customFields.a must be a string, a number, true or false.",
                "customFields.b: customFields.b must be a string, a number, true or false.");
    }

    private static List<String> refusals(String body) {
        var refused = catchThrowableOfType(InvalidInputException.class, () -> TicketPatch.parse(json(body)));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    private static JsonObject json(String text) {
        return (JsonObject) StrictJson.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
