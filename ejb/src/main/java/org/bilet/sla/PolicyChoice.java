package org.bilet.sla;

import org.bilet.catalog.Category;
import org.bilet.catalog.Priority;
import org.bilet.people.Organization;
import org.bilet.people.Team;
import org.bilet.tickets.Channel;

/**
 * What choosing a policy reads of it, as ids: a plain value that {@link SlaPolicies} keeps across
 * transactions, so that a new ticket finds its policy without a query. A null condition holds for
 * every ticket; the fallback holds for all.
 */
record PolicyChoice(Long policyId, boolean fallback, Long priorityId, Long categoryId, Long teamId,
                    Long organizationId, Channel channel) {

    static PolicyChoice of(SlaPolicy policy) {
        var conditions = policy.conditions();
        return new PolicyChoice(policy.id(), policy.isFallback(), idOf(conditions.priority()), idOf(conditions.category()),
                idOf(conditions.team()), idOf(conditions.organization()), conditions.channel());
    }

    boolean appliesTo(Priority priority, Category category, Team team, Organization organization, Channel ticketChannel) {
        return fallback
                || holds(priorityId, idOf(priority)) && holds(categoryId, idOf(category)) && holds(teamId, idOf(team))
                && isWithin(organization) && (channel == null || channel == ticketChannel);
    }

    /** An organization's condition holds for its departments too. */
    private boolean isWithin(Organization organization) {
        for (var o = organization; organizationId != null && o != null; o = o.parent()) {
            if (organizationId.equals(o.id())) {
                return true;
            }
        }
        return organizationId == null;
    }

    private static boolean holds(Long condition, Long value) {
        return condition == null || condition.equals(value);
    }

    private static Long idOf(Priority priority) {
        return priority == null ? null : priority.id();
    }

    private static Long idOf(Category category) {
        return category == null ? null : category.id();
    }

    private static Long idOf(Team team) {
        return team == null ? null : team.id();
    }

    private static Long idOf(Organization organization) {
        return organization == null ? null : organization.id();
    }
}
