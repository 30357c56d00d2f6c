package org.bilet.web.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The table's sort becomes the finder's sort, so that the database sorts. */
class TicketRowsTest {

    private static final String LATEST_UPDATE_FIRST = "updatedAt,desc";

    @Test
    void a_sorted_column_becomes_the_finders_sort() {
        var bySubject = SortMeta.builder().field("subject").order(SortOrder.ASCENDING).build();
        var byUpdate = SortMeta.builder().field("updatedAt").order(SortOrder.DESCENDING).build();

        assertThat(TicketRows.sortOf(Map.of("subject", bySubject), LATEST_UPDATE_FIRST)).isEqualTo("subject,asc");
        assertThat(TicketRows.sortOf(Map.of("updatedAt", byUpdate), LATEST_UPDATE_FIRST)).isEqualTo("updatedAt,desc");
    }

    @Test
    void no_sort_or_an_unknown_field_means_the_default() {
        var unknown = SortMeta.builder().field("requester").order(SortOrder.ASCENDING).build();

        assertThat(TicketRows.sortOf(Map.of(), LATEST_UPDATE_FIRST)).isEqualTo("updatedAt,desc");
        assertThat(TicketRows.sortOf(Map.of("requester", unknown), LATEST_UPDATE_FIRST)).isEqualTo("updatedAt,desc");
        assertThat(TicketRows.sortOf(Map.of("requester", unknown), null)).as("a queue's own sort then applies").isNull();
    }
}
