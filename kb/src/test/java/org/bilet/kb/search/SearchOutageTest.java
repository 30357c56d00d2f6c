package org.bilet.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bilet.platform.BiletException;
import org.hibernate.search.util.common.SearchException;
import org.junit.jupiter.api.Test;

class SearchOutageTest {

    private final SearchOutage outage = new SearchOutage();

    @Test
    void a_cluster_that_refuses_the_connection_is_an_outage_told_as_unavailable() {
        var refused = new SearchException("HSEARCH400588: Call to the cluster failed",
                new SearchException("Request failed", new ConnectException("Connection refused")));

        assertThatThrownBy(() -> outage.refuseWhenUnreachable(failing(refused)))
                .isInstanceOf(SearchUnavailableException.class)
                .hasMessageStartingWith("Search is unavailable at the moment")
                .hasMessageNotContaining("HSEARCH")
                .satisfies(e -> assertThat(((BiletException) e).kind()).isEqualTo(BiletException.Kind.UNAVAILABLE));
    }

    @Test
    void a_cluster_that_does_not_answer_in_time_is_an_outage_too() {
        var late = new SearchException("Request timed out", new SocketTimeoutException("Read timed out"));

        assertThatThrownBy(() -> outage.refuseWhenUnreachable(failing(late))).isInstanceOf(SearchUnavailableException.class);
    }

    @Test
    void any_other_search_failure_stays_what_it_is() {
        var fault = new SearchException("HSEARCH000123: Unknown field 'nope'");

        assertThatThrownBy(() -> outage.refuseWhenUnreachable(failing(fault))).isSameAs(fault);
    }

    @Test
    void an_answered_search_passes_through() throws Exception {
        assertThat(outage.refuseWhenUnreachable(answering("found"))).isEqualTo("found");
    }

    private static InvocationContext failing(RuntimeException failure) {
        return new Invocation(() -> {
            throw failure;
        });
    }

    private static InvocationContext answering(Object result) {
        return new Invocation(() -> result);
    }

    /** The one thing the interceptor asks of its invocation: to proceed. */
    private record Invocation(Callable<Object> call) implements InvocationContext {

        @Override
        public Object proceed() throws Exception {
            return call.call();
        }

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
        }

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }
    }
}
