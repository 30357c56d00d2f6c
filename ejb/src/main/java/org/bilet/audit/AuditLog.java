package org.bilet.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import org.bilet.people.Roles;
import org.bilet.people.User;
import org.bilet.people.User_;
import org.bilet.platform.LikePattern;
import org.bilet.platform.Page;

/** Reads the audit trail, newest first, counted and cut in the database. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditLog {

    @Inject
    EntityManager em;

    /**
     * A page of entries; {@code actor} (optional) matches the start of the actor's username, first
     * or last name, {@code kind} (optional) one kind.
     */
    public Page<AuditEntryInfo> page(String actor, AuditKind kind,
                                     @Min(value = 0, message = "Pages start at 0.") int page,
                                     @Min(value = 1, message = "A page has at least 1 item.")
                                     @Max(value = Page.MAX_SIZE, message = "A page has at most {value} items.") int size) {
        var cb = em.getCriteriaBuilder();
        var rows = cb.createQuery(AuditEntryInfo.class);
        var e = rows.from(AuditEntry.class);
        var who = e.join(AuditEntry_.actor);
        rows.select(cb.construct(AuditEntryInfo.class, e.get(AuditEntry_.id), e.get(AuditEntry_.occurredAt),
                        who.get(User_.username), cb.concat(cb.concat(who.get(User_.firstName), " "), who.get(User_.lastName)),
                        e.get(AuditEntry_.clientAddress), e.get(AuditEntry_.kind), e.get(AuditEntry_.subject),
                        e.get(AuditEntry_.summary)))
                .where(where(cb, who, e, actor, kind))
                // The id breaks ties of one instant, so pages neither repeat nor skip entries.
                .orderBy(cb.desc(e.get(AuditEntry_.occurredAt)), cb.desc(e.get(AuditEntry_.id)));
        var items = em.createQuery(rows).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(items, count(actor, kind), page, size);
    }

    /** How many entries match; the same filter as {@link #page}. */
    public long count(String actor, AuditKind kind) {
        var cb = em.getCriteriaBuilder();
        var count = cb.createQuery(Long.class);
        var e = count.from(AuditEntry.class);
        count.select(cb.count(e)).where(where(cb, e.join(AuditEntry_.actor), e, actor, kind));
        return em.createQuery(count).getSingleResult();
    }

    private static Predicate[] where(CriteriaBuilder cb, From<?, User> who, From<?, AuditEntry> e, String actor, AuditKind kind) {
        var where = new ArrayList<Predicate>();
        if (actor != null && !actor.isBlank()) {
            var start = LikePattern.startingWith(actor);
            where.add(cb.or(cb.like(cb.lower(who.get(User_.username)), start, LikePattern.ESCAPE),
                    cb.like(cb.lower(who.get(User_.firstName)), start, LikePattern.ESCAPE),
                    cb.like(cb.lower(who.get(User_.lastName)), start, LikePattern.ESCAPE)));
        }
        if (kind != null) {
            where.add(cb.equal(e.get(AuditEntry_.kind), kind));
        }
        return where.toArray(Predicate[]::new);
    }
}
