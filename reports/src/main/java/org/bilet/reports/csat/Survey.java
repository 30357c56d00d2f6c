package org.bilet.reports.csat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bilet.platform.BrokenRuleException;
import org.bilet.platform.InvalidInputException;

/**
 * The question to a ticket's requester how satisfied they are, one per ticket, and their answer.
 * Asked when the ticket is resolved ({@code sentAt}); the question, and the link that carries its
 * token, expire {@link #ANSWER_TIME} later unless answered. The first answer may be changed for
 * {@link #CHANGE_TIME}; the link keeps working at least as long, so the mail's link changes it too.
 * {@code answeredAt} is the time of the latest answer. A ticket resolved again after a reopening
 * asks afresh (a new token, a new time to answer) only while the survey is unanswered; an answer
 * given stays as it was.
 */
@Entity
@Table(name = "csat_survey")
@NamedQuery(name = Survey.BY_TOKEN_HASH, query = "select s from Survey s where s.tokenHash = :hash")
public class Survey {

    public static final String BY_TOKEN_HASH = "Survey.byTokenHash";

    /** How long the question waits for a first answer. */
    public static final Duration ANSWER_TIME = Duration.ofDays(30);
    /** How long after the first answer it may still be changed. */
    public static final Duration CHANGE_TIME = Duration.ofDays(7);
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** Characters (code points) of a comment, as the column holds them. */
    public static final int MAX_COMMENT = 2000;

    @Id
    private Long ticketId;

    private long requesterId;
    private String tokenHash;
    private Instant sentAt;
    private Instant expiresAt;
    /** A tinyint column: a Byte, so that the mapping validates against it. */
    private Byte rating;
    private String comment;
    private Instant answeredAt;
    private Instant changeableUntil;

    @Version
    private long version;

    protected Survey() {
    }

    /** Asks the requester of a ticket just resolved, with the link whose token hashes to {@code tokenHash}. */
    public Survey(long ticketId, long requesterId, String tokenHash, Instant askedAt) {
        this.ticketId = ticketId;
        this.requesterId = requesterId;
        this.tokenHash = requireHash(tokenHash);
        this.sentAt = stored(askedAt);
        this.expiresAt = sentAt.plus(ANSWER_TIME);
    }

    /**
     * The ticket was resolved again (after a reopening). Unanswered, the question is asked anew: a
     * new link, a new time to answer, the requester the ticket has now; the old link stops working.
     * Answered, nothing changes and false says so (no new link to send).
     */
    public boolean askAgain(long requesterId, String tokenHash, Instant askedAt) {
        if (isAnswered()) {
            return false;
        }
        this.requesterId = requesterId;
        this.tokenHash = requireHash(tokenHash);
        this.sentAt = stored(askedAt);
        this.expiresAt = sentAt.plus(ANSWER_TIME);
        return true;
    }

    /**
     * The requester's rating (1–5) and optional comment, kept as plain text (blank is none). The
     * first answer opens {@link #CHANGE_TIME} to change it; later ones replace it within that time.
     *
     * @throws SurveyExpiredException never answered, and the time to answer is over
     * @throws BrokenRuleException    answered, and the time to change it is over
     * @throws InvalidInputException  the rating missing or not 1–5, the comment too long
     */
    public void answer(Integer rating, String comment, Instant time) {
        var at = stored(time);
        if (!isAnswered() && !at.isBefore(expiresAt)) {
            throw new SurveyExpiredException("This survey has expired: it could be answered until " + expiresAt + ".");
        }
        if (isAnswered() && !at.isBefore(changeableUntil)) {
            throw new BrokenRuleException("rating", "This answer can no longer be changed: that was possible until "
                    + changeableUntil + ".");
        }
        var cleaned = cleaned(comment);
        checkAnswer(rating, cleaned);
        if (!isAnswered()) {
            changeableUntil = at.plus(CHANGE_TIME);
            if (expiresAt.isBefore(changeableUntil)) {
                expiresAt = changeableUntil; // the mail's link may change the answer as long as the portal can
            }
        }
        this.rating = rating.byteValue();
        this.comment = cleaned;
        this.answeredAt = at;
    }

    /** Whether the link still works at that time: reading and, while {@link #isChangeableAt}, answering. */
    public boolean isExpiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /** Whether an answer (the first or a change) is taken at that time. */
    public boolean isChangeableAt(Instant at) {
        return at.isBefore(until());
    }

    /** Until when an answer is taken: the first until the question expires, a change until the change time ends. */
    public Instant until() {
        return isAnswered() ? changeableUntil : expiresAt;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    private static void checkAnswer(Integer rating, String comment) {
        var errors = new ArrayList<InvalidInputException.FieldError>();
        if (rating == null) {
            errors.add(new InvalidInputException.FieldError("rating", "Choose a rating from 1 (bad) to 5 (very good)."));
        } else if (rating < MIN_RATING || rating > MAX_RATING) {
            errors.add(new InvalidInputException.FieldError("rating", "A rating is a whole number from 1 to 5, not " + rating + "."));
        }
        if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            errors.add(new InvalidInputException.FieldError("comment", "A comment has at most " + MAX_COMMENT + " characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(List.copyOf(errors));
        }
    }

    /** Trimmed, control characters other than line breaks and tabs dropped; blank is none. */
    static String cleaned(String comment) {
        if (comment == null) {
            return null;
        }
        var kept = comment.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        return kept.isEmpty() ? null : kept;
    }

    /** As the datetime(6) columns keep it, so that what is read back is what was written. */
    private static Instant stored(Instant time) {
        return Objects.requireNonNull(time).truncatedTo(ChronoUnit.MICROS);
    }

    private static String requireHash(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A token is stored as its SHA-256 in hex");
        }
        return hash;
    }

    public long ticketId() {
        return ticketId;
    }

    public long requesterId() {
        return requesterId;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Integer rating() {
        return rating == null ? null : rating.intValue();
    }

    public String comment() {
        return comment;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public Instant changeableUntil() {
        return changeableUntil;
    }

    public long version() {
        return version;
    }
}
