package org.bilet.it.screens;

import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.bilet.admin.CategoryDefinition;
import org.bilet.admin.CategoryTree;
import org.bilet.admin.CustomFields;
import org.bilet.admin.FieldDefinition;
import org.bilet.catalog.CustomFieldType;
import org.bilet.it.incontainer.AsAdmin;

/**
 * Test data for {@link PortalIT}, made through the administration services as the administration
 * screens make it: a top-level category that asks for a required text field. Added to the web
 * module of PortalIT's deployment only; POST creates both, DELETE retires the field, so that other
 * tests (which list the active fields) never meet it.
 */
@WebServlet("/it-fixtures/required-field")
public class RequiredFieldFixture extends HttpServlet {

    @EJB
    AsAdmin asAdmin;

    @EJB
    CustomFields fields;

    @EJB
    CategoryTree categories;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        var field = request.getParameter("field");
        asAdmin(() -> {
            fields.create(new FieldDefinition(field, request.getParameter("label"), CustomFieldType.TEXT, List.of(), true, true));
            return categories.create(new CategoryDefinition(request.getParameter("category"), request.getParameter("name"),
                    null, null, Set.of(field)));
        });
        response.setStatus(HttpServletResponse.SC_CREATED);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        var key = request.getParameter("field");
        asAdmin(() -> {
            var field = fields.all().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
            return fields.change(new FieldDefinition(key, field.label(), field.type(), field.choices(), field.required(), false));
        });
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private <T> void asAdmin(Callable<T> work) throws ServletException {
        try {
            asAdmin.call(work);
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
