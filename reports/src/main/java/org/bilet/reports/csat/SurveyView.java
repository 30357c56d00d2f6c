package org.bilet.reports.csat;

import java.io.Serializable;
import java.time.Instant;

/**
 * A survey as its requester and staff see it, and all the token's page shows: the ticket's
 * number and subject and the survey itself, nothing else of the ticket or of anyone.
 *
 * @param rating          1–5, null while unanswered
 * @param comment         plain text as the requester typed it (escape it when showing it), or null
 * @param answeredAt      the latest answer, or null
 * @param changeable      whether an answer (the first or a change) is taken now
 * @param changeableUntil until when one is taken: the first until the question expires, a change 7 days after the first
 */
public record SurveyView(String ticket, String subject, Integer rating, String comment, Instant askedAt,
                         Instant answeredAt, boolean changeable, Instant changeableUntil) implements Serializable {

    static SurveyView of(Survey survey, String ticketNumber, String ticketSubject, Instant now) {
        return new SurveyView(ticketNumber, ticketSubject, survey.rating(), survey.comment(), survey.sentAt(),
                survey.answeredAt(), survey.isChangeableAt(now), survey.until());
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
