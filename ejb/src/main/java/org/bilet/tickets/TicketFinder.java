package org.bilet.tickets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Category;
import org.bilet.catalog.Category_;
import org.bilet.catalog.Priority;
import org.bilet.catalog.Priority_;
import org.bilet.people.PeopleLookup;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.Team_;
import org.bilet.people.User;
import org.bilet.sla.SlaState;
import org.bilet.sla.TicketSla_;
import org.bilet.people.User_;
import org.bilet.platform.LikePattern;
import org.bilet.platform.Page;
import org.bilet.platform.Problems;

/**
 * Reads tickets: one by number, or a filtered, sorted page counted and cut in the database.
 * Rows are projections joined in one query, with the tags of a page fetched in one more.
 */
@Stateless
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class TicketFinder {

    /** Far more tickets than a person follows; past it, the ones beyond are found by their number only. */

    @Inject
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    TicketRepository tickets;

    @Inject
    CatalogLookup catalog;

    @Inject
    PeopleLookup people;

    @Inject
    Clock clock;

    public TicketDetails find(@NotNull String number) {
        return TicketDetails.of(tickets.visibleTo(actors.currentUser(), number));
    }

    /** A page of the tickets the caller may see that match the filter; requesters see only theirs. */
    public Page<TicketSummary> list(@NotNull @Valid TicketFilter filter) {
        var criteria = resolve(filter, actors.currentUser());
        long total = count(em.getCriteriaBuilder(), criteria);
        return new Page<>(total == 0 ? List.of() : rows(criteria, filter), total, filter.page(), filter.size());
    }

    /** The same page without its total, for a table that has just counted: the count is the costly part. */
    public List<TicketSummary> page(@NotNull @Valid TicketFilter filter) {
        return rows(resolve(filter, actors.currentUser()), filter);
    }

    /** Refuses a filter that names an unknown team, user, priority or category, without reading any ticket. */
    public void check(@NotNull @Valid TicketFilter filter) {
        resolve(filter, actors.currentUser());
    }

    private List<TicketSummary> rows(Criteria criteria, TicketFilter filter) {
        var cb = em.getCriteriaBuilder();
        var rows = cb.createTupleQuery();
        var t = rows.from(Ticket.class);
        // Left joins although both are required: an inner join lets MariaDB start from the small
        // users or priorities table and sort every matching ticket, instead of reading the
        // ticket index in order and stopping at the page's last row (13 s instead of 10 ms at 1M).
        var requester = t.join(Ticket_.requester, JoinType.LEFT);
        var priority = t.join(Ticket_.priority, JoinType.LEFT);
        var category = t.join(Ticket_.category, JoinType.LEFT);
        var team = t.join(Ticket_.team, JoinType.LEFT);
        var assignee = t.join(Ticket_.assignee, JoinType.LEFT);
        rows.multiselect(t.get(Ticket_.id), t.get(Ticket_.number), t.get(Ticket_.subject), t.get(Ticket_.status),
                        priority.get(Priority_.code), category.get(Category_.key), t.get(Ticket_.channel),
                        requester.get(User_.username), requester.get(User_.firstName), requester.get(User_.lastName),
                        team.get(Team_.key),
                        assignee.get(User_.username), assignee.get(User_.firstName), assignee.get(User_.lastName),
                        t.get(Ticket_.answered), t.get(Ticket_.createdAt), t.get(Ticket_.updatedAt), dueAt(t),
                        t.get(Ticket_.sla).get(TicketSla_.state), t.get(Ticket_.version), t.get(Ticket_.answeredAt))
                .where(predicates(cb, t, criteria))
                .orderBy(order(cb, t, priority.get(Priority_.rank), filter));
        var tuples = em.createQuery(rows)
                .setFirstResult(filter.page() * filter.size())
                .setMaxResults(filter.size())
                .getResultList();
        var tags = tagsOf(tuples.stream().map(row -> row.get(0, Long.class)).toList());
        return tuples.stream().map(row -> summary(row, tags)).toList();
    }

    /** How many tickets the caller may see that match the filter; its paging and sort do not matter. */
    public long count(@NotNull @Valid TicketFilter filter) {
        return count(em.getCriteriaBuilder(), resolve(filter, actors.currentUser()));
    }

    /** The ticket's current version: cheap enough for screens to ask every few seconds. */
    public long version(@NotNull String number) {
        var viewer = actors.currentUser();
        var ticket = tickets.visibleTo(viewer, number);
        return ticket.version();
    }

    /** How many tickets the caller may see in the queue. */
    public long count(@NotNull TicketQueue queue) {
        var viewer = actors.currentUser();
        return count(em.getCriteriaBuilder(), new Criteria(viewer, TicketWatcher.idsWatchedBy(em, viewer), queue, null, teamsFor(queue, viewer), clock.instant(),
                null, Set.of(), null, null, null, null, null, null));
    }

    private long count(CriteriaBuilder cb, Criteria criteria) {
        var count = cb.createQuery(Long.class);
        var root = count.from(Ticket.class);
        count.select(cb.count(root)).where(predicates(cb, root, criteria));
        return em.createQuery(count).getSingleResult();
    }

    /** The filter with its names resolved to entities, once for both the count and the page. */
    private record Criteria(User viewer, List<Long> watched, TicketQueue queue, String text, List<Team> viewerTeams, Instant now,
                            TicketStatus status, Set<TicketStatus> statuses, Team team, User assignee, User requester,
                            Priority priority, Category category, String tag) {
    }

    private Criteria resolve(TicketFilter filter, User viewer) {
        var problems = new Problems();
        var text = filter.text() == null || filter.text().isBlank() ? null : filter.text().strip();
        var criteria = new Criteria(viewer, TicketWatcher.idsWatchedBy(em, viewer), filter.queue(), text, teamsFor(filter.queue(), viewer), clock.instant(),
                filter.status(), filter.statuses(),
                problems.find("team", "team", filter.team(), people::team),
                problems.find("assignee", "user", filter.assignee(), people::user),
                problems.find("requester", "user", filter.requester(), people::user),
                problems.find("priority", "priority", filter.priority(), catalog::priority),
                problems.find("category", "category", filter.category(), catalog::category),
                filter.tag() == null ? null : filter.tag().strip().toLowerCase(Locale.ROOT));
        problems.throwIfAny();
        return criteria;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<Ticket> t, Criteria c) {
        var where = new ArrayList<Predicate>();
        TicketVisibility.of(c.viewer()).predicate(cb, t, c.watched()).ifPresent(where::add);
        if (c.queue() != null) {
            where.add(inQueue(cb, t, c));
        }
        if (c.text() != null) {
            // The subject's collation ignores case, so the lower-case pattern matches any case.
            where.add(cb.like(t.get(Ticket_.subject), LikePattern.containing(c.text()), LikePattern.ESCAPE));
        }
        if (c.status() != null) {
            where.add(cb.equal(t.get(Ticket_.status), c.status()));
        }
        if (!c.statuses().isEmpty()) {
            where.add(t.get(Ticket_.status).in(c.statuses()));
        }
        if (c.team() != null) {
            where.add(cb.equal(t.get(Ticket_.team), c.team()));
        }
        if (c.assignee() != null) {
            where.add(cb.equal(t.get(Ticket_.assignee), c.assignee()));
        }
        if (c.requester() != null) {
            where.add(cb.equal(t.get(Ticket_.requester), c.requester()));
        }
        if (c.priority() != null) {
            where.add(cb.equal(t.get(Ticket_.priority), c.priority()));
        }
        if (c.category() != null) {
            where.add(cb.equal(t.get(Ticket_.category), c.category()));
        }
        if (c.tag() != null) {
            where.add(cb.isMember(c.tag(), t.get(Ticket_.tags)));
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Each queue leads with the columns of one of the ticket table's queue indexes. The flag is
     * compared with "= true": MariaDB reads a bare boolean column as "<> 0", a range, after which
     * the index no longer gives the due-date order, and it would sort or scan instead.
     */
    private static Predicate inQueue(CriteriaBuilder cb, Root<Ticket> t, Criteria c) {
        var unresolved = cb.equal(t.get(Ticket_.unresolved), true);
        return switch (c.queue()) {
            case MINE -> cb.and(cb.equal(t.get(Ticket_.assignee), c.viewer()), unresolved);
            case UNASSIGNED -> cb.and(cb.isNull(t.get(Ticket_.assignee)), unresolved,
                    c.viewerTeams().isEmpty() ? cb.isNull(t.get(Ticket_.team))
                            : cb.or(cb.isNull(t.get(Ticket_.team)), t.get(Ticket_.team).in(c.viewerTeams())));
            case OPEN -> unresolved;
            case WAITING -> cb.equal(t.get(Ticket_.status), TicketStatus.WAITING);
            case AT_RISK -> atRisk(cb, t, c.now());
            case RECENT -> cb.greaterThan(t.get(Ticket_.updatedAt), c.now().minus(TicketQueue.RECENT_WITHIN));
        };
    }

    /**
     * What the AT_RISK queue holds: unresolved tickets whose SLA warns or is breached, and NEW or OPEN
     * tickets from before SLA policies existed that are due within {@link TicketQueue#AT_RISK_WITHIN}
     * or overdue: two ranges of one index. The one definition, which the managers' workload counts by too.
     */
    public static Predicate atRisk(CriteriaBuilder cb, Root<Ticket> t, Instant now) {
        var state = t.get(Ticket_.sla).get(TicketSla_.state);
        return cb.and(cb.equal(t.get(Ticket_.unresolved), true), cb.or(state.in(SlaState.WARNING, SlaState.BREACHED),
                cb.and(cb.isNull(state), t.get(Ticket_.status).in(TicketStatus.NEW, TicketStatus.OPEN),
                        cb.lessThan(dueAt(t), now.plus(TicketQueue.AT_RISK_WITHIN)))));
    }

    private List<Team> teamsFor(TicketQueue queue, User viewer) {
        return queue == TicketQueue.UNASSIGNED ? people.teamsOf(viewer) : List.of();
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Ticket> t, Expression<Integer> priorityRank, TicketFilter filter) {
        var sort = filter.effectiveSort();
        if (sort.field() == TicketSort.Field.PRIORITY) {
            // Priority ascending reads as P1 first: the most urgent first. Within a priority the most
            // overdue come first either way, then the oldest.
            return List.of(sort.ascending() ? cb.desc(priorityRank) : cb.asc(priorityRank), cb.asc(dueAt(t)),
                    cb.asc(t.get(Ticket_.id)));
        }
        Expression<?> key = switch (sort.field()) {
            case NUMBER -> t.get(Ticket_.id);
            case CREATED_AT -> t.get(Ticket_.createdAt);
            case UPDATED_AT -> t.get(Ticket_.updatedAt);
            case DUE_AT -> dueAt(t);
            case PRIORITY -> priorityRank;
            case STATUS -> t.get(Ticket_.status);
            case SUBJECT -> t.get(Ticket_.subject);
        };
        // The id breaks ties so that pages neither repeat nor skip rows.
        return sort.ascending()
                ? List.of(cb.asc(key), cb.asc(t.get(Ticket_.id)))
                : List.of(cb.desc(key), cb.desc(t.get(Ticket_.id)));
    }

    private Map<Long, Set<String>> tagsOf(List<Long> ticketIds) {
        var tags = new HashMap<Long, Set<String>>();
        if (ticketIds.isEmpty()) {
            return tags;
        }
        em.createQuery("select t.id, tag from Ticket t join t.tags tag where t.id in :ids", Object[].class)
                .setParameter("ids", ticketIds)
                .getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
        return tags;
    }

    private static Path<Instant> dueAt(Root<Ticket> t) {
        return t.get(Ticket_.sla).get(TicketSla_.dueAt);
    }

    private static TicketSummary summary(Tuple row, Map<Long, Set<String>> tags) {
        return new TicketSummary(
                row.get(1, TicketNumber.class).value(), row.get(2, String.class), row.get(3, TicketStatus.class),
                row.get(4, String.class), row.get(5, String.class),
                tags.getOrDefault(row.get(0, Long.class), Set.of()), row.get(6, Channel.class),
                person(row, 7), row.get(10, String.class), person(row, 11),
                row.get(14, Boolean.class), row.get(15, Instant.class), row.get(16, Instant.class), row.get(17, Instant.class),
                row.get(18, SlaState.class), row.get(19, Long.class), row.get(20, Instant.class));
    }

    private static PersonRef person(Tuple row, int usernameIndex) {
        var username = row.get(usernameIndex, String.class);
        return username == null ? null
                : new PersonRef(username, row.get(usernameIndex + 1, String.class) + " " + row.get(usernameIndex + 2, String.class));
    }
}
