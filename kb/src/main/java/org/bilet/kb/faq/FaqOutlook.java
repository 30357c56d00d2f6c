package org.bilet.kb.faq;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.bilet.people.Roles;

/**
 * The open FAQ suggestions as managers read them beside the KPIs: each recurring problem's title,
 * how many tickets it has and how fast it grows; never its tickets, their text or its draft, which
 * stay with editors ({@link FaqSuggestions}). Reads only.
 */
@Stateless
@RolesAllowed({Roles.MANAGER, Roles.EDITOR, Roles.ADMIN})
public class FaqOutlook {

    /** An open suggestion, best ranked first; {@code trend} above 1 grows, below 1 fades. */
    public record Problem(long id, String title, int size, double trend) implements Serializable {
    }

    /** The open suggestions of the last computation (a computation keeps at most a hundred); no time (null) when none has run. */
    public record Problems(Instant computedAt, List<Problem> items) implements Serializable {
    }

    @Inject
    EntityManager em;

    public Problems open() {
        var items = em.createNamedQuery(FaqSuggestion.OPEN, FaqSuggestion.class).getResultStream()
                .map(s -> new Problem(s.id(), s.title(), s.size(), s.trend())).toList();
        var computedAt = em.createQuery("select max(s.computedAt) from FaqSuggestion s", Instant.class).getSingleResult();
        return new Problems(computedAt, items);
    }
}
