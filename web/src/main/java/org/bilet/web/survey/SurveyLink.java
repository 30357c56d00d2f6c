package org.bilet.web.survey;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The address in a resolution mail, {@code /survey/<token>}: shows the survey page for the token
 * under that address. Anything that cannot be a token is passed on as it is, for the page to say
 * that there is no such survey; the token is never echoed into markup other than the page's own form.
 */
@WebServlet("/survey/*")
public class SurveyLink extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** What a token looks like (base64url); the page checks it for real. */
    private static final Pattern TOKEN = Pattern.compile("/[A-Za-z0-9_-]{1,100}");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        var path = request.getPathInfo();
        var token = path != null && TOKEN.matcher(path).matches() ? path.substring(1) : "-";
        request.getRequestDispatcher("/survey.xhtml?token=" + token).forward(request, response);
    }
}
