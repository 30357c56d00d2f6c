package org.bilet.kb.faq;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.bilet.kb.article.Articles;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.ResourceNotFoundException;

/** The FAQ suggestions editors see, accept and dismiss; and their replacement by each computation. */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class FaqSuggestions {

    /** A suggestion as editors see it, with the numbers of all its tickets. */
    public record Suggestion(long id, String title, int size, double trend, List<String> languages, List<String> ticketNumbers,
                             FaqDraft draft) implements Serializable {
    }

    /** The open suggestions of the last computation, best ranked first; no time (null) when none has run. */
    public record Suggestions(Instant computedAt, List<Suggestion> items) implements Serializable {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @EJB
    FaqTickets tickets;

    @EJB
    Articles articles;

    public Suggestions open() {
        var open = em.createNamedQuery(FaqSuggestion.OPEN, FaqSuggestion.class).getResultList();
        var numbers = tickets.numbers(open.stream().flatMap(s -> s.ticketIds().stream()).toList());
        var items = open.stream().map(s -> new Suggestion(s.id(), s.title(), s.size(), s.trend(), s.languages(),
                s.ticketIds().stream().map(numbers::get).filter(Objects::nonNull).toList(),
                new FaqDraft(s.draftTitle(), s.draftBody()))).toList();
        var computedAt = open.stream().map(FaqSuggestion::computedAt).findFirst()
                .or(() -> em.createQuery("select max(s.computedAt) from FaqSuggestion s", Instant.class).getResultStream()
                        .filter(Objects::nonNull).findFirst());
        return new Suggestions(computedAt.orElse(null), items);
    }

    /** Makes a draft article of an open suggestion, linked to all its tickets; answers the article's id. */
    public long accept(long id) {
        var suggestion = find(id);
        if (suggestion.state() != FaqSuggestion.State.OPEN) {
            throw new ConflictException("This suggestion was already " + suggestion.state().name().toLowerCase(Locale.ROOT) + ".");
        }
        var numbers = tickets.numbers(suggestion.ticketIds());
        long article = articles.createDraftFromSuggestion(suggestion.draftTitle(), suggestion.draftBody(), suggestion.draftLanguage(),
                suggestion.ticketIds().stream().map(numbers::get).filter(Objects::nonNull).toList());
        suggestion.accept(currentUser.get(), article, clock.instant());
        return article;
    }

    public void dismiss(long id) {
        find(id).dismiss(currentUser.get(), clock.instant());
    }

    /** The draft and tickets of an open suggestion, for the article made of it. */
    public FaqSuggestion find(long id) {
        var suggestion = em.find(FaqSuggestion.class, id);
        if (suggestion == null) {
            throw new ResourceNotFoundException("There is no FAQ suggestion " + id + ".");
        }
        return suggestion;
    }

    /** Replaces the open suggestions with the given problems, less those editors have decided on. */
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN, Roles.SYSTEM})
    public void replaceOpen(List<MinedProblem> problems, Instant computedAt) {
        em.createNamedQuery(FaqSuggestion.DELETE_OPEN).executeUpdate();
        var decided = em.createNamedQuery(FaqSuggestion.DECIDED, FaqSuggestion.class).getResultList();
        var kept = new ArrayList<MinedProblem>();
        for (var problem : problems) {
            if (kept.size() < FaqMining.KEPT && decided.stream().noneMatch(d -> d.withholds(problem))) {
                kept.add(problem);
            }
        }
        kept.forEach(problem -> em.persist(new FaqSuggestion(problem, computedAt)));
    }
}
