package org.bilet.desk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.bilet.people.CurrentUser;
import org.bilet.people.Roles;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;

/** What each agent keeps for themselves in the queues: saved filters and the columns they see. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class DeskSettings {

    /** Every column a queue can show, in their natural order. */
    public static final List<String> COLUMNS = List.of("number", "subject", "status", "priority", "requester", "team",
            "assignee", "dueAt", "updatedAt", "createdAt", "category", "tags", "channel");

    public static final List<String> DEFAULT_COLUMNS = List.of("number", "subject", "status", "priority", "requester",
            "assignee", "dueAt", "updatedAt");

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public List<String> columns() {
        var layout = em.find(DeskLayout.class, currentUser.get().id());
        return layout == null ? DEFAULT_COLUMNS : layout.columns();
    }

    public void showColumns(@NotNull List<String> columns) {
        var unknown = columns.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("columns", "There are no columns " + unknown + "; choose among " + COLUMNS + ".");
        }
        var ordered = COLUMNS.stream().filter(columns::contains).toList();
        var user = currentUser.get();
        var layout = em.find(DeskLayout.class, user.id());
        if (layout == null) {
            em.persist(new DeskLayout(user.id(), ordered));
        } else {
            layout.show(ordered);
        }
    }

    public List<SavedFilterInfo> savedFilters() {
        return em.createNamedQuery(SavedFilter.OF_OWNER, SavedFilter.class)
                .setParameter("owner", currentUser.get())
                .getResultStream().map(SavedFilter::info).toList();
    }

    /** Saves the queue address under the name; an existing filter of that name is replaced. */
    public SavedFilterInfo saveFilter(@NotBlank(message = "Give the filter a name.")
                                      @Size(max = 100, message = "A filter name has {max} characters at most.") String name,
                                      @NotBlank(message = "There is no filter to save.")
                                      @Size(max = 1000, message = "The filter is too long to save.") String query) {
        var owner = currentUser.get();
        var trimmed = name.strip();
        var existing = em.createNamedQuery(SavedFilter.OF_OWNER, SavedFilter.class)
                .setParameter("owner", owner)
                .getResultStream().filter(f -> f.info().name().equalsIgnoreCase(trimmed)).findFirst();
        if (existing.isPresent()) {
            existing.get().redefine(query);
            return existing.get().info();
        }
        var filter = new SavedFilter(owner, trimmed, query, clock.instant());
        em.persist(filter);
        em.flush();
        return filter.info();
    }

    public void deleteFilter(long id) {
        var filter = em.find(SavedFilter.class, id);
        if (filter == null || !filter.isOwnedBy(currentUser.get())) {
            throw new ResourceNotFoundException("You have no saved filter " + id + ".");
        }
        em.remove(filter);
    }
}
