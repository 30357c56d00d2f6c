package org.bilet.kb.faq;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bilet.people.User;
import org.bilet.platform.ConflictException;

/**
 * A recurring problem offered to editors as a new FAQ article: its tickets, how fast it grows, and
 * a draft. Open until an editor accepts it (a draft article is made) or dismisses it; a decided
 * suggestion is kept so that the same problem is not offered again unless it has grown by half.
 */
@Entity
@Table(name = "faq_suggestion")
@NamedQuery(name = FaqSuggestion.OPEN, query = "select s from FaqSuggestion s where s.state = org.bilet.kb.faq.FaqSuggestion.State.OPEN order by s.ranking desc, s.id")
@NamedQuery(name = FaqSuggestion.DELETE_OPEN, query = "delete from FaqSuggestion s where s.state = org.bilet.kb.faq.FaqSuggestion.State.OPEN")
@NamedQuery(name = FaqSuggestion.DECIDED, query = "select s from FaqSuggestion s where s.state <> org.bilet.kb.faq.FaqSuggestion.State.OPEN")
public class FaqSuggestion {

    static final String OPEN = "FaqSuggestion.open";
    static final String DELETE_OPEN = "FaqSuggestion.deleteOpen";
    static final String DECIDED = "FaqSuggestion.decided";

    /** By how much a dismissed problem must have grown to be offered again. */
    static final double REGROWTH = 1.5;

    public enum State { OPEN, ACCEPTED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;

    private String title;
    private int size;
    private double trend;
    private double ranking;
    private String languages;
    /** The problem's weightiest terms, to know it again when its tickets have left the window. */
    private String signature;
    private String draftLanguage;
    private String draftTitle;
    private String draftBody;
    private Instant computedAt;
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by")
    private User decidedBy;

    private Integer decidedSize;
    private Long articleId;

    @ElementCollection
    @CollectionTable(name = "faq_suggestion_ticket", joinColumns = @JoinColumn(name = "suggestion_id"))
    @OrderColumn(name = "position")
    @Column(name = "ticket_id")
    private List<Long> ticketIds = new ArrayList<>();

    /** The tickets as a set, for telling one computation's problems apart; made once per loaded suggestion. */
    @Transient
    private Set<Long> ticketSet;

    protected FaqSuggestion() {
    }

    FaqSuggestion(MinedProblem problem, Instant computedAt) {
        this.title = problem.title();
        this.size = problem.ticketIds().size();
        this.trend = problem.trend();
        this.ranking = problem.ranking();
        this.languages = String.join(",", problem.languages());
        this.signature = String.join(" ", problem.signature());
        this.draftLanguage = problem.draftLanguage();
        this.draftTitle = problem.draft().title();
        this.draftBody = problem.draft().body();
        this.ticketIds = new ArrayList<>(problem.ticketIds());
        this.computedAt = computedAt;
    }

    /** Whether the given problem is this decided one again, and should not be offered. */
    boolean withholds(MinedProblem problem) {
        if (state == State.OPEN || !isSameProblem(problem)) {
            return false;
        }
        return state == State.ACCEPTED || problem.ticketIds().size() < REGROWTH * decidedSize;
    }

    /** The same problem: most of its tickets, or most of its weightiest terms, are the other's. */
    private boolean isSameProblem(MinedProblem problem) {
        if (ticketSet == null) {
            ticketSet = Set.copyOf(ticketIds);
        }
        long sharedTickets = problem.ticketIds().stream().filter(ticketSet::contains).count();
        if (sharedTickets * 2 >= Math.min(ticketIds.size(), problem.ticketIds().size())) {
            return true;
        }
        var terms = Set.of(signature.split(" "));
        long sharedTerms = problem.signature().stream().filter(terms::contains).count();
        return sharedTerms * 2 >= Math.min(terms.size(), problem.signature().size());
    }

    void accept(User editor, long article, Instant at) {
        decide(State.ACCEPTED, editor, at);
        this.articleId = article;
    }

    void dismiss(User editor, Instant at) {
        decide(State.DISMISSED, editor, at);
    }

    private void decide(State decision, User editor, Instant at) {
        if (state != State.OPEN) {
            throw new ConflictException("This suggestion was already " + state.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        this.state = decision;
        this.decidedBy = editor;
        this.decidedAt = at;
        this.decidedSize = size;
    }

    public Long id() {
        return id;
    }

    public State state() {
        return state;
    }

    public String title() {
        return title;
    }

    public int size() {
        return size;
    }

    public double trend() {
        return trend;
    }

    public List<String> languages() {
        return languages.isEmpty() ? List.of() : Arrays.asList(languages.split(","));
    }

    public String draftLanguage() {
        return draftLanguage;
    }

    public String draftTitle() {
        return draftTitle;
    }

    public String draftBody() {
        return draftBody;
    }

    public Instant computedAt() {
        return computedAt;
    }

    public List<Long> ticketIds() {
        return List.copyOf(ticketIds);
    }

    public Long articleId() {
        return articleId;
    }
}
