package org.bilet.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The table's sort becomes the finder's sort, so that the database sorts. */
class MyTicketsModelTest {

    @Test
    void a_sorted_column_becomes_the_finders_sort() {
        var bySubject = SortMeta.builder().field("subject").order(SortOrder.ASCENDING).build();
        var byUpdate = SortMeta.builder().field("updatedAt").order(SortOrder.DESCENDING).build();

        assertThat(MyTicketsModel.sortOf(Map.of("subject", bySubject))).isEqualTo("subject,asc");
        assertThat(MyTicketsModel.sortOf(Map.of("updatedAt", byUpdate))).isEqualTo("updatedAt,desc");
    }

    @Test
    void no_sort_or_an_unknown_field_means_latest_update_first() {
        var unknown = SortMeta.builder().field("requester").order(SortOrder.ASCENDING).build();

        assertThat(MyTicketsModel.sortOf(Map.of())).isEqualTo("updatedAt,desc");
        assertThat(MyTicketsModel.sortOf(Map.of("requester", unknown))).isEqualTo("updatedAt,desc");
    }
}
