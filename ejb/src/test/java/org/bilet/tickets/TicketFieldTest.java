package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TicketFieldTest {

    @ParameterizedTest
    @EnumSource(value = TicketField.Standard.class, names = "CUSTOM", mode = EnumSource.Mode.EXCLUDE)
    void a_standard_field_is_read_back_from_its_stored_name(TicketField.Standard standard) {
        var field = new TicketField(standard, null);

        assertThat(TicketField.of(field.storedName())).isEqualTo(field);
    }

    @Test
    void history_keeps_the_names_it_has_always_stored() {
        assertThat(Arrays.stream(TicketField.Standard.values()).filter(s -> s != TicketField.Standard.CUSTOM)
                .map(s -> new TicketField(s, null).storedName()))
                .containsExactly("status", "resolution", "snoozedUntil", "priority", "dueAt", "category", "team",
                        "assignee", "tags", "attachment", "slaPolicy", "slaFirstResponse", "slaNextResponse", "slaResolution", "rule",
                        "call", "chat",
                        "mergedInto", "mergedFrom", "splitFrom", "splitInto", "link", "watcher", "mentioned");
    }

    @Test
    void a_custom_field_is_stored_with_its_key_and_read_back() {
        var field = TicketField.custom("asset.tag");

        assertThat(field.storedName()).isEqualTo("custom.asset.tag");
        assertThat(TicketField.of("custom.asset.tag")).isEqualTo(field);
        assertThat(field.isCustom()).isTrue();
        assertThat(field.customKey()).isEqualTo("asset.tag");
    }

    @Test
    void the_longest_custom_key_fits_the_stored_name() {
        assertThat(TicketField.custom("k".repeat(60)).storedName()).hasSize(67);
        assertThat(67).isLessThanOrEqualTo(TicketField.MAX_STORED_LENGTH);
    }

    @Test
    void values_are_written_by_type() {
        assertThat(TicketField.STATUS.valueType()).isEqualTo(TicketField.ValueType.STATUS);
        assertThat(TicketField.DUE_AT.valueType()).isEqualTo(TicketField.ValueType.TIME);
        assertThat(TicketField.SNOOZED_UNTIL.valueType()).isEqualTo(TicketField.ValueType.TIME);
        assertThat(TicketField.custom("x").valueType()).isEqualTo(TicketField.ValueType.TEXT);
    }

    @Test
    void an_unknown_name_is_refused() {
        assertThatThrownBy(() -> TicketField.of("colour")).isInstanceOf(IllegalArgumentException.class);
    }
}
