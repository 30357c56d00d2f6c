package org.bilet.tickets.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class LinkTypeTest {

    @Test
    void each_type_has_its_inverse_and_is_stored_in_one_of_three_directions() {
        assertThat(LinkType.DUPLICATE_OF.inverse()).isEqualTo(LinkType.HAS_DUPLICATE);
        assertThat(LinkType.HAS_DUPLICATE.inverse()).isEqualTo(LinkType.DUPLICATE_OF);
        assertThat(LinkType.PARENT_OF.inverse()).isEqualTo(LinkType.CHILD_OF);
        assertThat(LinkType.CHILD_OF.inverse()).isEqualTo(LinkType.PARENT_OF);
        assertThat(LinkType.RELATED.inverse()).isEqualTo(LinkType.RELATED);
        for (var type : LinkType.values()) {
            assertThat(type.inverse().inverse()).isEqualTo(type);
            assertThat(type.stored()).isIn(LinkType.RELATED, LinkType.DUPLICATE_OF, LinkType.PARENT_OF);
            assertThat(type.storedReversed()).isEqualTo(type.stored() != type);
        }
    }

    @Test
    void a_type_is_read_without_regard_to_case_and_an_unknown_one_is_refused_without_echoing_it() {
        assertThat(TicketLinks.typeOf(" duplicate_of ")).isEqualTo(LinkType.DUPLICATE_OF);
        assertThatThrownBy(() -> TicketLinks.typeOf("<script>"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageNotContaining("<script>");
        assertThatThrownBy(() -> TicketLinks.typeOf(null)).isInstanceOf(InvalidInputException.class);
    }
}
