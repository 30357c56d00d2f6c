package org.bilet.kb.search;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.util.common.SearchException;

/**
 * A search cluster that does not answer (down, restarting, unreachable) is an outage the reader can
 * wait out, not a fault of Bilet: the search is refused as unavailable (HTTP 503, a message on the
 * screens) instead of failing as an error. Changes to tickets go on meanwhile: they reach the
 * index through the outbox once the cluster answers again.
 */
public class SearchOutage {

    @AroundInvoke
    public Object refuseWhenUnreachable(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (SearchException e) {
            if (unreachable(e)) {
                throw new SearchUnavailableException();
            }
            throw e;
        }
    }

    /** Whether the failure is the backend's silence (no connection, no answer in time) rather than a query's fault. */
    static boolean unreachable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
