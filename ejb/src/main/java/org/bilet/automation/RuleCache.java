package org.bilet.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The active rules, compiled, in the order they run: read once and kept, so a ticket's change
 * tests every rule without a query. An administrator's change empties it when it commits; on other
 * nodes of a cluster a snapshot is kept at most {@value #MAX_AGE_SECONDS} s.
 */
@ApplicationScoped
public class RuleCache {

    static final long MAX_AGE_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(RuleCache.class.getName());

    @Inject
    EntityManager em;

    private record Snapshot(List<CompiledRule> rules, long loadedAt) {
    }

    private volatile Snapshot snapshot;

    /** Moves on each change, so a snapshot read while rules changed is not kept. */
    private final AtomicLong generation = new AtomicLong();

    /** The active rules in order. */
    public List<CompiledRule> active() {
        var current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAt() > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
            long seen = generation.get();
            current = new Snapshot(load(), System.nanoTime());
            if (generation.get() == seen) {
                snapshot = current;
            }
        }
        return current.rules();
    }

    public Optional<CompiledRule> rule(Long id) {
        return active().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RulesChanged changed) {
        generation.incrementAndGet();
        snapshot = null;
    }

    private List<CompiledRule> load() {
        var rules = new ArrayList<CompiledRule>();
        for (var rule : em.createNamedQuery(Rule.ALL, Rule.class).getResultList()) {
            if (!rule.active()) {
                continue;
            }
            try {
                rules.add(CompiledRule.of(rule));
            } catch (IllegalArgumentException e) {
                // Saved rules were checked; one that no longer compiles is left out rather than stopping every change.
                LOG.log(Level.WARNING, "Automation rule " + rule.key() + " is left out: " + e.getMessage());
            }
        }
        return List.copyOf(rules);
    }
}
