package org.bilet.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.bilet.audit.AuditKind;
import org.bilet.audit.AuditTrail;
import org.bilet.audit.ChangeSummary;
import org.bilet.catalog.CatalogLookup;
import org.bilet.catalog.Priority;
import org.bilet.people.Roles;
import org.bilet.platform.ConflictException;
import org.bilet.platform.Counted;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.Problems;
import org.bilet.platform.ResourceNotFoundException;
import org.bilet.platform.Versioned;
import org.bilet.translations.Translations;

/**
 * The priority scale: each priority has a unique code and rank and a resolution target; exactly
 * one is the default for tickets opened without one. A priority tickets use is not deleted.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class PriorityScale {

    /** As long as the name itself may be. */
    static final int MAX_NAME = 100;

    @Inject
    EntityManager em;

    @Inject
    CatalogLookup catalog;

    @Inject
    AuditTrail audit;

    /** Least urgent first, as everywhere else. */
    public List<PriorityDefinition> all() {
        return em.createNamedQuery(Priority.ALL, Priority.class).getResultStream().map(PriorityScale::definition).toList();
    }

    /** One priority with the version the API sends as the ETag. */
    public Versioned<PriorityDefinition> read(@NotNull String code) {
        var priority = priority(code);
        return new Versioned<>(definition(priority), priority.version());
    }

    public PriorityDefinition create(@NotNull @Valid PriorityDefinition definition) {
        var problems = new Problems();
        if (catalog.priority(definition.code()).isPresent()) {
            problems.duplicate("code", "There is already a priority with the code '" + definition.code() + "'.");
        }
        checkRankFree(definition.rank(), null, problems);
        var translations = Translations.check("translations", definition.translations(), MAX_NAME, problems);
        if (definition.isDefault()) {
            var current = catalog.defaultPriority();
            problems.add("isDefault", "Only one priority is the default, and " + current.name()
                    + " is; create this one, then make it the default.");
        }
        problems.throwIfAny();

        var priority = new Priority(definition.code(), definition.name().strip(), definition.rank(),
                Duration.ofHours(definition.resolutionHours()), false);
        priority.translate(translations);
        em.persist(priority);
        var summary = ChangeSummary.of().value("name", priority.name())
                .value("rank", priority.rank()).value("resolution hours", definition.resolutionHours());
        audit.record(AuditKind.PRIORITY_CREATED, priority.code(), translations.isEmpty() ? summary : summary.value("translations", translations));
        return definition(priority);
    }

    /** Renames, reranks and retargets the priority with the definition's code; the default stays where it is. */
    public PriorityDefinition change(@NotNull @Valid PriorityDefinition definition) {
        var priority = priority(definition.code());
        change(priority, definition);
        return definition(priority);
    }

    /**
     * Renames, reranks and retargets the priority if it is still at the version the caller read,
     * and makes it the default when the definition says so; the default is moved, never dropped:
     * a default stops being one only when another one becomes it.
     */
    public Versioned<PriorityDefinition> change(@NotNull @Valid PriorityDefinition definition, long expectedVersion) {
        var priority = priority(definition.code());
        var what = "Priority " + definition.code();
        Versioned.check(what, priority.version(), expectedVersion);
        if (priority.isDefault() && !definition.isDefault()) {
            throw InvalidInputException.of("isDefault", priority.name() + " is the default priority; make another one the default instead.");
        }
        change(priority, definition);
        if (definition.isDefault()) {
            makeDefault(priority);
        }
        Versioned.flush(em, what, expectedVersion);
        return new Versioned<>(definition(priority), priority.version());
    }

    private void change(Priority priority, PriorityDefinition definition) {
        var problems = new Problems();
        checkRankFree(definition.rank(), priority, problems);
        var translations = definition.translations() == null ? priority.nameTranslations()
                : Translations.check("translations", definition.translations(), MAX_NAME, problems);
        problems.throwIfAny();
        var summary = ChangeSummary.of()
                .change("name", priority.name(), definition.name().strip())
                .change("rank", priority.rank(), definition.rank())
                .change("resolution hours", priority.resolutionTarget().toHours(), (long) definition.resolutionHours())
                .change("translations", priority.nameTranslations(), translations);
        if (!summary.isEmpty()) {
            priority.redefine(definition.name().strip(), definition.rank(), Duration.ofHours(definition.resolutionHours()));
            priority.translate(translations);
            audit.record(AuditKind.PRIORITY_CHANGED, priority.code(), summary);
        }
    }

    /** Moves the default to this priority, in one step, so there is never none nor two. */
    public void makeDefault(@NotNull String code) {
        makeDefault(priority(code));
    }

    private void makeDefault(Priority priority) {
        var current = catalog.defaultPriority();
        if (!current.equals(priority)) {
            current.stopBeingDefault();
            priority.makeDefault();
            audit.record(AuditKind.PRIORITY_CHANGED, priority.code(), ChangeSummary.of().change("default", current.code(), priority.code()));
        }
    }

    public void delete(@NotNull String code) {
        delete(priority(code));
    }

    /** Deletes the priority if it is still at the version the caller read, is not the default and no ticket has it. */
    public void delete(@NotNull String code, long expectedVersion) {
        var priority = priority(code);
        Versioned.check("Priority " + code, priority.version(), expectedVersion);
        delete(priority);
    }

    private void delete(Priority priority) {
        var code = priority.code();
        if (priority.isDefault()) {
            throw new ConflictException(priority.name() + " is the default priority; make another one the default first.");
        }
        long tickets = em.createQuery("select count(t) from Ticket t where t.priority = :p", Long.class)
                .setParameter("p", priority).getSingleResult();
        if (tickets > 0) {
            throw new ConflictException(priority.name() + " is still used by " + Counted.of(tickets, "ticket", "tickets") + " and cannot be deleted.");
        }
        em.remove(priority);
        audit.record(AuditKind.PRIORITY_DELETED, code, ChangeSummary.of().value("name", priority.name()).note("deleted"));
    }

    private void checkRankFree(int rank, Priority self, Problems problems) {
        em.createNamedQuery(Priority.ALL, Priority.class).getResultStream()
                .filter(p -> p.rank() == rank && !p.equals(self)).findFirst()
                .ifPresent(p -> problems.duplicate("rank", "Rank " + rank + " is already " + p.name() + "'s; each priority has its own rank."));
    }

    private Priority priority(String code) {
        return catalog.priority(code).orElseThrow(() -> new ResourceNotFoundException("There is no priority '" + code + "'."));
    }

    private static PriorityDefinition definition(Priority p) {
        return new PriorityDefinition(p.code(), p.name(), p.rank(), Math.toIntExact(p.resolutionTarget().toHours()), p.isDefault(),
                p.nameTranslations().asMap());
    }
}
