package org.bilet.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;

/**
 * The error page for what the servlet container refuses itself (no credentials, no such
 * address): a problem, like every other error, with the detail the refusing code left behind.
 */
@WebServlet("/error")
public class ProblemErrorPage extends HttpServlet {

    /** Request attribute with the human explanation of the error. */
    public static final String DETAIL = "org.bilet.problem.detail";

    private static final String SCREEN_ERROR_PAGE = "/problem.xhtml";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (isScreen(request)) {
            // People in the screens get a page in their language instead of JSON.
            request.getRequestDispatcher(SCREEN_ERROR_PAGE).forward(request, response);
            return;
        }
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : response.getStatus();
        var detail = request.getAttribute(DETAIL) instanceof String given ? given : switch (status) {
            case 401 -> "Sign in: send HTTP Basic credentials or a Bearer API token.";
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that HTTP method.";
            default -> "Something went wrong on our side.";
        };
        ProblemResponses.write(response, status, reasonOf(status), detail);
    }

    private static boolean isScreen(HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original : request.getRequestURI();
        var path = uri.substring(request.getContextPath().length());
        var accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith(SCREEN_ERROR_PAGE)
                && accept != null && accept.contains("text/html");
    }

    private static String reasonOf(int status) {
        var known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
