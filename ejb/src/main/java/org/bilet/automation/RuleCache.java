package org.bilet.automation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bilet.platform.KeptSnapshot;

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

    private final KeptSnapshot<List<CompiledRule>> rules = new KeptSnapshot<>(this::load, Duration.ofSeconds(MAX_AGE_SECONDS));

    /** The active rules in order. */
    public List<CompiledRule> active() {
        return rules.get();
    }

    public Optional<CompiledRule> rule(Long id) {
        return active().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) RulesChanged changed) {
        rules.forget();
    }

    private List<CompiledRule> load() {
        var compiled = new ArrayList<CompiledRule>();
        for (var rule : em.createNamedQuery(Rule.ALL, Rule.class).getResultList()) {
            if (!rule.active()) {
                continue;
            }
            try {
                compiled.add(CompiledRule.of(rule));
            } catch (IllegalArgumentException e) {
                // Saved rules were checked; one that no longer compiles is left out rather than stopping every change.
                LOG.log(Level.WARNING, "Automation rule " + rule.key() + " is left out: " + e.getMessage());
            }
        }
        return List.copyOf(compiled);
    }
}
