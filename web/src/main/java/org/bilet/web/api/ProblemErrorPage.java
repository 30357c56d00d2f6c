package org.bilet.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error page (for every status, see web.xml) for what the servlet container or RESTEasy refuse
 * themselves (no credentials, no such address, an address or header they cannot read): a problem,
 * like every other error, with the detail the refusing code left behind or the one of its status.
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
        var standard = ProblemResponses.standard(status);
        ProblemResponses.write(response, request.getAttribute(DETAIL) instanceof String given
                ? Problem.of(status, standard.title(), given) : standard);
    }

    private static boolean isScreen(HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original : request.getRequestURI();
        var path = uri.substring(request.getContextPath().length());
        var accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith(SCREEN_ERROR_PAGE)
                && accept != null && accept.contains("text/html");
    }
}
