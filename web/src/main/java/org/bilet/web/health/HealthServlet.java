package org.bilet.web.health;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Liveness (/health/live: the application answers) and readiness (/health/ready: it can reach its
 * database), in the MicroProfile Health JSON shape, for load balancers and orchestrators.
 */
@WebServlet("/health/*")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/BiletDS")
    DataSource dataSource;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        switch (path) {
            case "/live" -> answer(response, true, "");
            case "/ready", "/" -> answer(response, databaseAnswers(), "{\"name\":\"database\",\"status\":\"%s\"}");
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean databaseAnswers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void answer(HttpServletResponse response, boolean up, String checkTemplate) throws IOException {
        var status = up ? "UP" : "DOWN";
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        var checks = checkTemplate.isEmpty() ? "" : checkTemplate.formatted(status);
        response.getWriter().write("{\"status\":\"" + status + "\",\"checks\":[" + checks + "]}");
    }
}
