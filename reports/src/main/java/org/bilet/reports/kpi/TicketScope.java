package org.bilet.reports.kpi;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bilet.catalog.Category;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.InvalidInputException.FieldError;
import org.bilet.tickets.Channel;

/**
 * A {@link KpiFilter} as SQL over the KPIs' per-ticket rows ({@code ticket_fact}, alias {@code t}): its keys resolved to
 * ids once, a category standing for its whole subtree; unknown names refused naming the parameter.
 */
final class TicketScope {

    private final KpiFilter filter;
    private final Map<String, Object> parameters = new HashMap<>();
    private final StringBuilder where = new StringBuilder();

    private TicketScope(KpiFilter filter) {
        this.filter = filter;
    }

    static TicketScope of(KpiFilter filter, Dictionary dictionary) {
        var errors = new ArrayList<FieldError>();
        if (filter.from() == null) {
            errors.add(new FieldError("from", "Give the first day of the period (from=YYYY-MM-DD)."));
        }
        if (filter.to() == null) {
            errors.add(new FieldError("to", "Give the last day of the period (to=YYYY-MM-DD)."));
        }
        if (filter.from() != null && filter.to() != null) {
            if (filter.from().isAfter(filter.to())) {
                errors.add(new FieldError("to", "The period ends before it starts: 'to' must not be before 'from'."));
            } else if (filter.from().plus(Period.ofYears(KpiFilter.MAX_YEARS)).isBefore(filter.to())) {
                errors.add(new FieldError("to", "A report covers at most " + KpiFilter.MAX_YEARS + " years."));
            }
        }
        var scope = new TicketScope(filter);
        scope.restrict("team", filter.team(), dictionary.teamId(filter.team()), "t.team_id = :team", errors, "No team has the key '%s'.");
        if (filter.category() != null) {
            var root = dictionary.category(filter.category());
            if (root == null) {
                errors.add(new FieldError("category", "No category has the key '%s'.".formatted(filter.category())));
            } else {
                scope.and("t.category_id in (:category)", "category", dictionary.subtree(root));
            }
        }
        scope.restrict("priority", filter.priority(), dictionary.priorityId(filter.priority()), "t.priority_id = :priority", errors,
                "No priority has the code '%s'.");
        if (filter.channel() != null) {
            scope.and("t.channel = :channel", "channel", filter.channel().name());
        }
        scope.restrict("organization", filter.organization(), dictionary.organizationId(filter.organization()),
                "t.organization_id = :organization", errors, "No organization is named '%s'.");
        scope.restrict("agent", filter.agent(), dictionary.staffId(filter.agent()), "t.assignee_id = :agent", errors,
                "No staff member has the username '%s'.");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return scope;
    }

    /**
     * This scope narrowed for a drill-down ({@link KpiNarrowing}): one condition more, or the period cut to one of its days
     * (its start and end computed here, in the filter's zone, and bound like the period's). Refuses an unknown key naming
     * {@code key}, a day that is not one of the period's naming {@code day}.
     */
    TicketScope narrowedTo(KpiNarrowing narrowing, Dictionary dictionary) {
        if (narrowing == null) {
            return this;
        }
        var key = narrowing.key();
        var dimension = narrowing.dimension();
        if (key == null && dimension != KpiNarrowing.Dimension.TEAM && dimension != KpiNarrowing.Dimension.CATEGORY) {
            throw InvalidInputException.of(dimension == KpiNarrowing.Dimension.DAY ? "day" : "key",
                    "Give the " + dimension.name().toLowerCase(Locale.ROOT) + " to narrow the figure to.");
        }
        switch (dimension) {
            case DAY -> {
                return onDay(key);
            }
            case CHANNEL -> and("t.channel = :narrowing", "narrowing", channel(key).name());
            case CATEGORY -> {
                var category = key == null ? null : dictionary.category(key);
                if (key != null && category == null) {
                    throw unknown("No category has the key '%s'.", key);
                }
                andNullable("t.category_id", category == null ? null : category.id());
            }
            case PRIORITY -> and("t.priority_id = :narrowing", "narrowing", known(dictionary.priorityId(key),
                    "No priority has the code '%s'.", key));
            case TEAM -> andNullable("t.team_id", key == null ? null : known(dictionary.teamId(key), "No team has the key '%s'.", key));
            case AGENT -> and("t.assignee_id = :narrowing", "narrowing", known(dictionary.staffId(key),
                    "No staff member has the username '%s'.", key));
            case TAG -> {
                if (!dictionary.tagged(key)) {
                    throw unknown("No ticket has the tag '%s'.", key);
                }
                and("t.ticket_id in (select g.ticket_id from ticket_tag g where g.tag = :narrowing)", "narrowing", key);
            }
        }
        return this;
    }

    private TicketScope onDay(String key) {
        LocalDate day;
        try {
            day = LocalDate.parse(key.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("day", "day must be a date such as 2026-11-30, not '%s'.".formatted(key));
        }
        if (day.isBefore(filter.from()) || day.isAfter(filter.to())) {
            throw InvalidInputException.of("day", "The day %s is not in the period %s – %s.".formatted(day, filter.from(), filter.to()));
        }
        var narrowed = new TicketScope(filter.on(day));
        narrowed.where.append(where);
        narrowed.parameters.putAll(parameters);
        return narrowed;
    }

    private static Channel channel(String key) {
        try {
            return Channel.valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw unknown("No channel is called '%s'.", key);
        }
    }

    private static Long known(Long id, String unknown, String key) {
        if (id == null) {
            throw unknown(unknown, key);
        }
        return id;
    }

    private static InvalidInputException unknown(String message, String key) {
        return InvalidInputException.of("key", message.formatted(key));
    }

    /** The bar of tickets without a value is narrowed to those. */
    private void andNullable(String column, Long id) {
        if (id == null) {
            where.append(" and ").append(column).append(" is null");
        } else {
            and(column + " = :narrowing", "narrowing", id);
        }
    }

    private void restrict(String name, String given, Long id, String condition, List<FieldError> errors, String unknown) {
        if (given == null) {
            return;
        }
        if (id == null) {
            errors.add(new FieldError(name, unknown.formatted(given)));
        } else {
            and(condition, name, id);
        }
    }

    private void and(String condition, String parameter, Object value) {
        where.append(" and ").append(condition);
        parameters.put(parameter, value);
    }

    KpiFilter filter() {
        return filter;
    }

    /** {@code and …} conditions on {@code t} for the filter's dimensions (empty when none). */
    String conditions() {
        return where.toString();
    }

    /** Binds the dimensions' parameters, and {@code :start}/{@code :end} where the query has them. */
    Query bind(Query query) {
        parameters.forEach(query::setParameter);
        var names = query.getParameters().stream().map(p -> p.getName()).toList();
        if (names.contains("start")) {
            query.setParameter("start", filter.start());
        }
        if (names.contains("end")) {
            query.setParameter("end", filter.end());
        }
        return query;
    }

    /** The ids of a category and all below it. */
    static Set<Long> subtree(Category root, List<Category> all) {
        var ids = new HashSet<Long>(Set.of(root.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var c : all) {
                if (c.parent() != null && ids.contains(c.parent().id()) && ids.add(c.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }
}
