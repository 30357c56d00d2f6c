package org.bilet.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.people.Organization;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.Counted;
import org.bilet.platform.DuplicateException;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;

/**
 * The organizations Bilet serves and their departments (one level: a department has no
 * departments of its own). Names are unique across all of them, as users and tickets show the name
 * alone. One still used by users, departments or tickets cannot be deleted.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class OrganizationChart {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Organizations by name, each followed by its departments by name. */
    public List<OrganizationInfo> all() {
        var users = new HashMap<Long, Long>();
        em.createQuery("select u.organization.id, count(u) from User u where u.organization is not null group by u.organization.id",
                Object[].class).getResultList().forEach(row -> users.put((Long) row[0], (Long) row[1]));
        var byName = Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER);
        var rootFirst = Comparator.comparing((Organization o) -> o.parent() != null);
        return em.createQuery("select o from Organization o left join fetch o.parent", Organization.class).getResultStream()
                .sorted(Comparator.comparing(OrganizationChart::root, byName).thenComparing(rootFirst).thenComparing(byName))
                .map(o -> new OrganizationInfo(o.id(), o.name(), o.parent() == null ? null : o.parent().id(), o.path(),
                        users.getOrDefault(o.id(), 0L)))
                .toList();
    }

    /** One organization or department, with the version the API sends as the ETag. */
    public Versioned<OrganizationInfo> read(long id) {
        var organization = organization(id);
        return new Versioned<>(info(organization), organization.version());
    }

    /** A new organization, or a department of {@code parentId}. */
    public OrganizationInfo create(@NotBlank(message = "Enter a name.")
                                   @Size(max = 200, message = "A name has {max} characters at most.") String name,
                                   Long parentId) {
        var parent = parentId == null ? null : em.find(Organization.class, parentId);
        if (parentId != null && parent == null) {
            throw InvalidInputException.of("parentId", "There is no organization " + parentId + ".");
        }
        if (parent != null && parent.parent() != null) {
            throw InvalidInputException.of("parentId", "Departments belong to an organization, not to another department.");
        }
        var clean = name.strip();
        checkNameFree(clean, null);
        var organization = new Organization(clean, parent);
        em.persist(organization);
        audit.record(AuditKind.ORGANIZATION_CREATED, organization.path(),
                ChangeSummary.of().value(parent == null ? "organization" : "department", organization.path()));
        return new OrganizationInfo(organization.id(), clean, parentId, organization.path(), 0);
    }

    public void rename(long id, @NotBlank(message = "Enter a name.")
                                @Size(max = 200, message = "A name has {max} characters at most.") String name) {
        rename(organization(id), name);
    }

    /** Renames the organization if it is still at the version the caller read. */
    public Versioned<OrganizationInfo> rename(long id, long expectedVersion,
                                              @NotBlank(message = "Enter a name.")
                                              @Size(max = 200, message = "A name has {max} characters at most.") String name) {
        var organization = organization(id);
        var what = "Organization " + id;
        Versioned.check(what, organization.version(), expectedVersion);
        rename(organization, name);
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(info(organization), organization.version());
    }

    private void rename(Organization organization, String name) {
        var clean = name.strip();
        var summary = ChangeSummary.of().change("name", organization.name(), clean);
        if (!summary.isEmpty()) {
            checkNameFree(clean, organization);
            var before = organization.path();
            organization.rename(clean);
            audit.record(AuditKind.ORGANIZATION_CHANGED, before, summary);
        }
    }

    public void delete(long id) {
        delete(organization(id));
    }

    /** Deletes the organization if it is still at the version the caller read and nothing uses it. */
    public void delete(long id, long expectedVersion) {
        var organization = organization(id);
        Versioned.check("Organization " + id, organization.version(), expectedVersion);
        delete(organization);
    }

    private void delete(Organization organization) {
        long users = count("select count(u) from User u where u.organization = :o", organization);
        long departments = count("select count(d) from Organization d where d.parent = :o", organization);
        long tickets = count("select count(t) from Ticket t where t.organization = :o", organization);
        if (users + departments + tickets > 0) {
            throw new ConflictException(organization.name() + " is still in use (" + Counted.of(users, "user", "users") + ", "
                    + Counted.of(departments, "department", "departments") + ", " + Counted.of(tickets, "ticket", "tickets")
                    + ") and cannot be deleted.");
        }
        em.remove(organization);
        audit.record(AuditKind.ORGANIZATION_DELETED, organization.path(), "deleted");
    }

    private void checkNameFree(String name, Organization self) {
        var existing = em.createQuery("select o from Organization o where lower(o.name) = lower(:name)", Organization.class)
                .setParameter("name", name).getResultStream().filter(o -> !o.equals(self)).findFirst();
        if (existing.isPresent()) {
            throw DuplicateException.of("name", "There is already an organization or department named '" + name + "'.");
        }
    }

    private OrganizationInfo info(Organization o) {
        return new OrganizationInfo(o.id(), o.name(), o.parent() == null ? null : o.parent().id(), o.path(),
                count("select count(u) from User u where u.organization = :o", o));
    }

    private long count(String query, Organization organization) {
        return em.createQuery(query, Long.class).setParameter("o", organization).getSingleResult();
    }

    private Organization organization(long id) {
        var organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new ResourceNotFoundException("There is no organization " + id + ".");
        }
        return organization;
    }

    private static Organization root(Organization o) {
        return o.parent() == null ? o : o.parent();
    }
}
