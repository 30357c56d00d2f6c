package org.bilet.names;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.SingularAttribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.bilet.catalog.Category;
import org.bilet.catalog.Category_;
import org.bilet.catalog.CustomFieldDefinition;
import org.bilet.catalog.CustomFieldDefinition_;
import org.bilet.catalog.Priority;
import org.bilet.catalog.Priority_;
import org.bilet.people.Roles;
import org.bilet.people.Team;
import org.bilet.people.Team_;
import org.bilet.people.User;
import org.bilet.people.User_;
import org.bilet.sla.SlaPolicy;
import org.bilet.sla.SlaPolicy_;

/** Display names for a page's keys: one query per kind of thing asked about, by the keys' indexes. */
@Stateless
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class NameLookup {

    /** Keys per query at most, well inside what the database takes in one IN list. */
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    public DisplayNames of(NameKeys keys) {
        if (keys.isEmpty()) {
            return DisplayNames.NONE;
        }
        return new DisplayNames(
                names(Team.class, Team_.key, t -> t.get(Team_.name), keys.teams),
                names(User.class, User_.username, this::userName, keys.users),
                names(Category.class, Category_.key, c -> c.get(Category_.name), keys.categories),
                names(Priority.class, Priority_.code, p -> p.get(Priority_.name), keys.priorities),
                names(CustomFieldDefinition.class, CustomFieldDefinition_.key, f -> f.get(CustomFieldDefinition_.label), keys.fields),
                names(SlaPolicy.class, SlaPolicy_.key, p -> p.get(SlaPolicy_.name), keys.slaPolicies));
    }

    private Expression<String> userName(Root<User> user) {
        var cb = em.getCriteriaBuilder();
        return cb.trim(cb.concat(cb.concat(user.get(User_.firstName), " "), user.get(User_.lastName)));
    }

    private <E> Map<String, String> names(Class<E> type, SingularAttribute<? super E, String> key,
                                          Function<Root<E>, Expression<String>> name, Set<String> keys) {
        var found = new HashMap<String, String>();
        var all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            var cb = em.getCriteriaBuilder();
            var query = cb.createTupleQuery();
            var root = query.from(type);
            query.multiselect(root.get(key), name.apply(root)).where(root.get(key).in(chunk));
            for (Tuple row : em.createQuery(query).getResultList()) {
                var text = row.get(1, String.class);
                if (text != null && !text.isBlank()) {
                    found.put(row.get(0, String.class), text);
                }
            }
        }
        return found;
    }
}
