package org.bilet.it.screens;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import org.bilet.catalog.Category;
import org.bilet.catalog.CustomFieldDefinition;
import org.bilet.catalog.CustomFieldType;

/**
 * Test data the product cannot make yet (the administration screens will): a top-level category
 * that asks for a required text field. Added to the web module of {@link PortalIT}'s deployment
 * only; POST creates them, DELETE retires the field so that other tests never meet it.
 */
@WebServlet("/it-fixtures/required-field")
public class RequiredFieldFixture extends HttpServlet {

    @PersistenceContext(unitName = "bilet")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        inTransaction(() -> {
            var field = new CustomFieldDefinition(request.getParameter("field"), request.getParameter("label"),
                    CustomFieldType.TEXT, List.of(), true);
            em.persist(field);
            var category = new Category(request.getParameter("category"), request.getParameter("name"), null, null);
            category.askFor(field);
            em.persist(category);
        });
        response.setStatus(HttpServletResponse.SC_CREATED);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        // A bulk update, so that Hibernate drops its cached lists of active fields too.
        inTransaction(() -> em.createQuery("update CustomFieldDefinition f set f.active = false where f.key = :key")
                .setParameter("key", request.getParameter("field"))
                .executeUpdate());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void inTransaction(Runnable work) throws ServletException {
        try {
            transaction.begin();
            em.joinTransaction();
            work.run();
            transaction.commit();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
