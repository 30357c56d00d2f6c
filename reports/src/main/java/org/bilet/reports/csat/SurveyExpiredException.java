package org.bilet.reports.csat;

import org.bilet.platform.ConflictException;

/**
 * The survey was not answered in time: its link (and the question in the portal) has expired. A
 * conflict with the survey's state; the API says so with 410 Gone.
 */
public class SurveyExpiredException extends ConflictException {

    public SurveyExpiredException(String message) {
        super(message);
    }
}
