package org.bilet.web.health;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.bilet.people.Roles;
import org.bilet.platform.Settings;
import org.bilet.web.security.SignInMechanism;

/**
 * Liveness (/health/live: the application answers) and readiness (/health/ready: it can reach its
 * database), in the MicroProfile Health JSON shape, for load balancers and orchestrators. Anyone
 * may ask unless BILET_PUBLIC_HEALTH is false (then Basic or Bearer credentials are needed), and
 * learns only UP or DOWN; administrators also get each check.
 */
@WebServlet("/health/*")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/BiletDS")
    DataSource dataSource;

    @Inject
    Settings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.publicHealth() && request.getUserPrincipal() == null) {
            SignInMechanism.challenge(request, response, "Sign in to ask about Bilet's health: send HTTP Basic credentials or a Bearer API token.");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        var path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        var details = request.isUserInRole(Roles.ADMIN);
        switch (path) {
            case "/live" -> answer(response, true, details ? "" : null);
            case "/ready", "/" -> {
                var database = databaseAnswers();
                answer(response, database, details ? "{\"name\":\"database\",\"status\":\"%s\"}".formatted(status(database)) : null);
            }
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

    /** The status, and the checks when given (administrators see an empty list for liveness). */
    private static void answer(HttpServletResponse response, boolean up, String checks) throws IOException {
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.getWriter().write("{\"status\":\"" + status(up) + "\""
                + (checks == null ? "" : ",\"checks\":[" + checks + "]") + "}");
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
