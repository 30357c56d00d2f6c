package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

class RequestHeadersFilterTest {

    @Test
    void weights_from_0_to_1_are_good() {
        assertThat(RequestHeadersFilter.hasGoodWeights("application/json")).isTrue();
        assertThat(RequestHeadersFilter.hasGoodWeights("application/json, application/problem+json;q=0.9, */*; q=0")).isTrue();
        assertThat(RequestHeadersFilter.hasGoodWeights("text/html;level=1;q=1.000")).isTrue();
        assertThat(RequestHeadersFilter.hasGoodWeights("")).isTrue();
    }

    @Test
    void any_other_weight_is_malformed() {
        for (var accept : new String[] {"application/json;q=x", "application/json;q=2", "*/*;q=1.5", "*/*;q=", "*/*;q",
                "*/*;q=0.1234", "*/*;q=NaN", "*/*;q=-0", "a/b, */*;Q=.5"}) {
            assertThat(RequestHeadersFilter.hasGoodWeights(accept)).as(accept).isFalse();
        }
    }

    @Test
    void a_content_type_is_a_type_not_a_pattern() {
        assertThat(RequestHeadersFilter.isWildcard(new MediaType("*", "*"))).isTrue();
        assertThat(RequestHeadersFilter.isWildcard(new MediaType("application", "*"))).isTrue();
        assertThat(RequestHeadersFilter.isWildcard(new MediaType("application", "*+json"))).isTrue();
        assertThat(RequestHeadersFilter.isWildcard(new MediaType("application", "json"))).isFalse();
        assertThat(RequestHeadersFilter.isWildcard(new MediaType("application", "merge-patch+json"))).isFalse();
        assertThat(RequestHeadersFilter.isWildcard(null)).isFalse();
    }
}
