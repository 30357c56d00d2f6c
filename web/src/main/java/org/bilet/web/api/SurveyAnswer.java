package org.bilet.web.api;

/** The body that answers a survey: a rating of 1 to 5 and an optional comment (plain text). */
public record SurveyAnswer(Integer rating, String comment) {
}
