package org.bilet.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.bilet.it.Api;
import org.bilet.it.Deployments;
import org.bilet.kb.article.Article;
import org.bilet.kb.article.ArticleCategories;
import org.bilet.kb.article.ArticleCategory;
import org.bilet.kb.article.CategoryDefinition;
import org.bilet.kb.article.CategoryNode;
import org.bilet.reports.csat.Survey;
import org.bilet.reports.csat.SurveyToken;
import org.bilet.reports.delivery.ReportSubscription;
import org.bilet.tickets.Ticket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kb and reports join the core: their entities are in the one persistence unit, their migrations
 * run after the core's with histories of their own, and their services' validation reaches the API
 * as a 400 naming the field, as the core's does. kb is proved by its knowledge-base categories,
 * reports by its satisfaction surveys (its services' refusals are tried in the reports' own tests).
 */
@ExtendWith(ArquillianExtension.class)
class ModuleWiringIT {

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
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

    @EJB
    ArticleCategories kb;

    @Test
    void their_entities_share_the_unit_and_a_transaction_with_tickets() throws Exception {
        assertThat(List.of(Article.class, ArticleCategory.class, Survey.class, ReportSubscription.class))
                .allSatisfy(type -> assertThat(em.getMetamodel().entity(type).getJavaType()).isEqualTo(type));
        var name = "shared-" + UUID.randomUUID();

        transaction.begin();
        try {
            em.persist(new ArticleCategory(name, null, 0));
            var ticket = em.createQuery("""
                    select t from Ticket t where not exists (select 1 from Survey s where s.ticketId = t.id) order by t.id""",
                    Ticket.class).setMaxResults(1).getSingleResult();
            em.persist(new Survey(ticket.id(), ticket.requester().id(), SurveyToken.issue().hash(), java.time.Instant.now()));
            var together = em.createQuery("""
                    select count(t) from Ticket t, ArticleCategory k, Survey s
                    where t = :ticket and k.name = :name and s.ticketId = t.id""", Long.class)
                    .setParameter("ticket", ticket).setParameter("name", name).getSingleResult();
            assertThat(together).isEqualTo(1);
        } finally {
            transaction.rollback();
        }
        assertThat(categoryNames(asAdmin.call(() -> kb.tree()))).doesNotContain(name);
    }

    @Test
    void their_services_store_through_the_core_entity_manager_for_the_roles_they_allow() throws Exception {
        var name = "stored-" + UUID.randomUUID();
        var category = asAdmin.call(() -> kb.create(new CategoryDefinition(" " + name + " ", null, null)));
        try {
            assertThat(categoryNames(asAdmin.call(() -> kb.tree()))).contains(name);
            assertThatThrownBy(() -> asAgent.call(() -> kb.create(new CategoryDefinition(name + "-agent", null, null))))
                    .isInstanceOf(EJBAccessException.class);
        } finally {
            asAdmin.call(() -> {
                kb.delete(category.id());
                return null;
            });
        }
    }

    @Test
    void each_module_migrated_after_the_core_with_its_own_history() {
        // Flyway writes a baseline only into a schema that already has tables: on this new database
        // the core found none and the modules found the core's.
        assertThat(history("flyway_schema_history")).startsWith("1 SQL", "2 SQL").doesNotContain("0 BASELINE");
        assertThat(history("flyway_schema_history_kb")).containsExactly("0 BASELINE", "1 SQL", "2 SQL", "3 SQL", "4 SQL", "5 SQL", "6 SQL");
        assertThat(history("flyway_schema_history_reports")).containsExactly("0 BASELINE", "1 SQL", "2 SQL", "3 SQL", "4 SQL");
        assertThat(lastInstalled("flyway_schema_history"))
                .isLessThanOrEqualTo(lastInstalled("flyway_schema_history_kb"))
                .isLessThanOrEqualTo(lastInstalled("flyway_schema_history_reports"));
    }

    @Test
    void a_blank_name_is_refused_by_the_service_itself() {
        // AsAdmin, an EJB of the test module, wraps what it passes on: the violation is the root cause.
        assertThatThrownBy(() -> asAdmin.call(() -> kb.create(new CategoryDefinition(" ", null, null)))).rootCause()
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(v -> v.getPropertyPath().toString()).containsExactly("create.definition.name"));
    }

    @Test
    void the_refusal_reaches_the_api_as_a_400_naming_the_field() {
        var admin = Api.at(base).as("admin");
        var refused = admin.post("/api/kb/categories", "{\"name\": \" \"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused.json())).as(refused.toString()).containsExactly("name");
    }

    private static List<String> categoryNames(List<CategoryNode> nodes) {
        return nodes.stream().flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n.name()),
                categoryNames(n.children()).stream())).toList();
    }

    private List<String> history(String table) {
        return em.createNativeQuery("select concat(version, ' ', type) from " + table + " where success order by installed_rank",
                String.class).getResultList().stream().map(String.class::cast).toList();
    }

    private String lastInstalled(String table) {
        return (String) em.createNativeQuery("select cast(max(installed_on) as char) from " + table, String.class)
                .getSingleResult();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList();
    }
}
