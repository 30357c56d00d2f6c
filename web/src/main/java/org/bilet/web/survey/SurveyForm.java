package org.bilet.web.survey;

import java.io.Serializable;
import java.util.List;
import org.bilet.reports.csat.SurveyView;

/**
 * What the survey form of the public page and of the portal shows and takes: the rating chosen
 * (1–5), the comment, and the survey as last read.
 */
public abstract class SurveyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final List<Integer> RATINGS = List.of(5, 4, 3, 2, 1);

    protected SurveyView survey;
    private Integer rating;
    private String comment;
    private boolean thanked;

    /** Sends the rating and comment; the page shows thanks or what was wrong. */
    public abstract void send();

    protected void show(SurveyView read) {
        survey = read;
        if (read != null) {
            rating = read.rating();
            comment = read.comment();
        }
    }

    protected void thank(SurveyView answered) {
        show(answered);
        thanked = true;
    }

    /** The choices, best first, as people read a scale of satisfaction. */
    public List<Integer> getRatings() {
        return RATINGS;
    }

    public SurveyView getSurvey() {
        return survey;
    }

    public boolean isThanked() {
        return thanked;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
