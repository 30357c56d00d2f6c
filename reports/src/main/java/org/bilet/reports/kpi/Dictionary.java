package org.bilet.reports.kpi;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilet.catalog.Category;
import org.bilet.catalog.Priority;
import org.bilet.people.Role;
import org.bilet.people.Team;

/**
 * The names a report shows for the ids its queries group by: teams, categories and priorities
 * (small tables, read whole once per report) and people (read by the ids that occur).
 */
final class Dictionary {

    record Named(String key, String name) {
    }

    private final EntityManager em;
    private final List<Category> categories;
    private final Map<Long, Named> teams = new HashMap<>();
    private final Map<Long, Named> categoryNames = new HashMap<>();
    private final Map<Long, Named> priorities = new HashMap<>();

    Dictionary(EntityManager em) {
        this.em = em;
        this.categories = em.createNamedQuery(Category.ALL, Category.class).getResultList();
        categories.forEach(c -> categoryNames.put(c.id(), new Named(c.key(), c.path())));
        em.createQuery("select t from Team t", Team.class).getResultStream()
                .forEach(t -> teams.put(t.id(), new Named(t.key(), t.name())));
        em.createNamedQuery(Priority.ALL, Priority.class).getResultStream()
                .forEach(p -> priorities.put(p.id(), new Named(p.code(), p.name())));
    }

    Named team(Long id) {
        return named(teams, id);
    }

    Named category(Long id) {
        return named(categoryNames, id);
    }

    Named priority(Long id) {
        return named(priorities, id);
    }

    private static Named named(Map<Long, Named> names, Long id) {
        return id == null ? new Named(null, null) : names.getOrDefault(id, new Named(String.valueOf(id), String.valueOf(id)));
    }

    Long teamId(String key) {
        return idOf(teams, key);
    }

    Long priorityId(String code) {
        return idOf(priorities, code);
    }

    private static Long idOf(Map<Long, Named> names, String key) {
        return key == null ? null : names.entrySet().stream().filter(e -> e.getValue().key().equals(key))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    Category category(String key) {
        return categories.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    Set<Long> subtree(Category root) {
        return TicketScope.subtree(root, categories);
    }

    Long organizationId(String name) {
        return name == null ? null : em.createQuery("select o.id from Organization o where o.name = :name", Long.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
    }

    Long staffId(String username) {
        return username == null ? null : em.createQuery("""
                        select distinct u.id from User u join u.roles r where u.username = :username and r <> :requester""", Long.class)
                .setParameter("username", username).setParameter("requester", Role.REQUESTER)
                .getResultStream().findFirst().orElse(null);
    }

    /** Whether any ticket carries the tag. */
    boolean tagged(String tag) {
        return !em.createNativeQuery("select 1 from ticket_tag where tag = :tag limit 1").setParameter("tag", tag)
                .getResultList().isEmpty();
    }

    /** Id → username and full name, for the ids given. */
    Map<Long, Named> people(Collection<Long> ids) {
        var people = new HashMap<Long, Named>();
        if (!ids.isEmpty()) {
            em.createQuery("select u.id, u.username, u.firstName, u.lastName from User u where u.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(r -> people.put((Long) r[0], new Named((String) r[1], (r[2] + " " + r[3]).strip())));
        }
        return people;
    }

    /** The filter's dimensions as people read them. */
    KpiReport.FilterNames names(KpiFilter filter) {
        var category = category(filter.category());
        var agentId = staffId(filter.agent());
        var agent = agentId == null ? null : people(List.of(agentId)).get(agentId);
        return new KpiReport.FilterNames(team(teamId(filter.team())).name(), category == null ? null : category.path(),
                priority(priorityId(filter.priority())).name(), filter.organization(), agent == null ? null : agent.name());
    }
}
