package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.bilet.automation.AutomationRules;
import org.bilet.automation.RuleDefinition;
import org.bilet.catalog.Priority;
import org.bilet.cluster.TimerTurns;
import org.bilet.desk.TicketPresence;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reports' copy of each ticket ({@code ticket_fact}, kept in the transaction of every change)
 * under the load of a busy desk: it leaves the second-level cache alone (as do the other native
 * statements that run all day, timer turns and presence heartbeats), and tickets opened at the same
 * moment, each tagged by a rule in its opening transaction, all open and have their tags copied.
 */
@ExtendWith(ArquillianExtension.class)
class TicketFactsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inContainer();
    }

    @ArquillianResource
    URL base;

    @Inject
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @EJB
    TestData testData;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AutomationRules rules;

    @EJB
    AsAgent asAgent;

    @EJB
    TimerTurns turns;

    @EJB
    TicketPresence presence;

    @Test
    void a_ticket_change_leaves_the_second_level_cache_as_it_was() throws Exception {
        var cache = em.getEntityManagerFactory().getCache();
        var normal = cachedPriority();

        var requester = Api.at(base).as(testData.requester("Cora", "Cache"), TestData.PASSWORD);
        assertThat(requester.post("/api/tickets", """
                {"subject": "The scanner saves blank pages", "description": "Every page comes out white."}""").status())
                .isEqualTo(201);

        assertThat(cache.contains(Priority.class, normal.id()))
                .as("the facts' own SQL names its tables, so Hibernate does not empty every cache region after it")
                .isTrue();
    }

    @Test
    void timer_turns_and_presence_heartbeats_leave_the_second_level_cache_as_it_was() throws Exception {
        var cache = em.getEntityManagerFactory().getCache();
        var normal = cachedPriority();

        assertThat(turns.take("it-cache-" + Unique.suffix(), Duration.ofMinutes(1))).as("a new duty's first turn").isTrue();
        asAgent.call(() -> {
            presence.heartbeat("BIL-" + Unique.suffix(), TestData.AGENT, "Ida Tester", true);
            return null;
        });

        assertThat(cache.contains(Priority.class, normal.id()))
                .as("every node takes turns and every open ticket screen beats: neither may empty the caches")
                .isTrue();
    }

    @Test
    void tickets_opened_together_and_tagged_by_a_rule_all_open_with_their_tags_copied() throws Exception {
        var marker = "facts" + Unique.suffix();
        var tag = "tagged-" + marker;
        var rule = asAdmin.call(() -> rules.create(new RuleDefinition("tag-" + marker, "Tag " + marker, true, null,
                new RuleDefinition.Trigger("CREATED", null, null),
                List.of(new RuleDefinition.Condition("subject", "contains", marker)),
                List.of(new RuleDefinition.Action("addTag", tag, null)), false)));
        var requester = Api.at(base).as(testData.requester("Tess", "Together"), TestData.PASSWORD);
        var openings = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 64; i++) {
            var subject = marker + " printer " + i + " is offline";
            openings.add(() -> requester.post("/api/tickets", """
                    {"subject": "%s", "description": "It shows offline since this morning."}""".formatted(subject)).status());
        }

        List<Integer> statuses = new ArrayList<>();
        var clients = Executors.newFixedThreadPool(8);
        try {
            for (var status : clients.invokeAll(openings)) {
                statuses.add(status.get());
            }
        } finally {
            clients.shutdown();
            asAdmin.call(() -> {
                rules.delete(rule.key());
                return null;
            });
        }

        assertThat(statuses).as("no opening fails on a lock another opening holds").containsOnly(201);
        assertThat(count("select count(*) from ticket_fact_tag where tag = ?1", tag)).isEqualTo(64);
        assertThat(count("""
                select count(*) from ticket t join ticket_fact f on f.ticket_id = t.id
                where t.subject like ?1""", marker + " printer %")).isEqualTo(64);
    }

    /** A priority read once, and so in the second-level cache. */
    private Priority cachedPriority() throws Exception {
        transaction.begin();
        var normal = em.createQuery("select p from Priority p where p.code = 'NORMAL'", Priority.class).getSingleResult();
        transaction.commit();
        assertThat(em.getEntityManagerFactory().getCache().contains(Priority.class, normal.id()))
                .as("read once, the priority is cached").isTrue();
        return normal;
    }

    private long count(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
