package org.bilet.reports.csat;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The raw tokens of the surveys asked in the current transaction, by ticket id: the one place a
 * raw token lives between asking (the resolution's {@code StatusMoved}) and the resolution mail
 * composed later in the same transaction. Gone with the transaction; never stored.
 */
@TransactionScoped
public class FreshTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> byTicket = new HashMap<>();

    void issued(long ticketId, SurveyToken token) {
        byTicket.put(ticketId, token.raw());
    }

    Optional<String> of(long ticketId) {
        return Optional.ofNullable(byTicket.get(ticketId));
    }
}
