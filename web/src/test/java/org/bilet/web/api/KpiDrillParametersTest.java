package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.bilet.platform.InvalidInputException;
import org.bilet.reports.kpi.KpiFigure;
import org.bilet.reports.kpi.KpiNarrowing;
import org.bilet.reports.kpi.KpiNarrowing.Dimension;
import org.junit.jupiter.api.Test;

class KpiDrillParametersTest {

    @Test
    void a_figure_is_narrowed_to_a_day_or_to_a_dimensions_key_in_any_case() {
        assertThat(drill("created", null, "Team", "service-desk").narrowing()).isEqualTo(new KpiNarrowing(Dimension.TEAM, "service-desk"));
        assertThat(drill("LOW_CSAT", null, null, null).figure()).isEqualTo(KpiFigure.LOW_CSAT);
        assertThat(drill("LOW_CSAT", null, null, null).narrowing()).isNull();
        assertThat(drill("CREATED", " 2031-03-03 ", null, null).narrowing()).isEqualTo(new KpiNarrowing(Dimension.DAY, "2031-03-03"));
    }

    @Test
    void an_empty_key_is_the_bar_without_a_value() {
        assertThat(drill("CREATED", null, "team", "").narrowing()).isEqualTo(new KpiNarrowing(Dimension.TEAM, null));
    }

    @Test
    void what_cannot_be_read_is_refused_naming_it() {
        assertThat(refused(drill(null, null, null, null))).isEqualTo("figure");
        assertThat(refused(drill("BIGGEST", null, null, null))).isEqualTo("figure");
        assertThat(refused(drill("CREATED", null, "planet", "mars"))).isEqualTo("dimension");
        assertThat(refused(drill("CREATED", null, "day", "2031-03-03"))).isEqualTo("dimension");
        assertThat(refused(drill("CREATED", null, null, "service-desk"))).isEqualTo("dimension");
        assertThat(refused(drill("CREATED", "2031-03-03", "team", "service-desk"))).isEqualTo("day");
    }

    @Test
    void the_page_defaults_to_the_first_fifty() {
        var drill = drill("CREATED", null, null, null);
        assertThat(drill.first()).isZero();
        assertThat(drill.size()).isEqualTo(KpiDrillParameters.DEFAULT_SIZE);
        drill.first = "x";
        assertThat(catchThrowableOfType(InvalidInputException.class, drill::first).errors())
                .extracting(InvalidInputException.FieldError::field).containsExactly("first");
    }

    private static KpiDrillParameters drill(String figure, String day, String dimension, String key) {
        var drill = new KpiDrillParameters();
        drill.figure = figure;
        drill.day = day;
        drill.dimension = dimension;
        drill.key = key;
        return drill;
    }

    private static String refused(KpiDrillParameters drill) {
        var refusal = catchThrowableOfType(InvalidInputException.class, drill::figure);
        assertThat(refusal).isNotNull();
        assertThat(refusal.errors()).hasSize(1);
        return refusal.errors().get(0).field();
    }
}
