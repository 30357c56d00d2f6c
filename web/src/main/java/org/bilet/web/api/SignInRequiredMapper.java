package org.bilet.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.bilet.kb.article.SignInRequired;

/** An article that is not public, asked for without signing in: 401, with the challenge to sign in. */
@Provider
public class SignInRequiredMapper implements ExceptionMapper<SignInRequired> {

    static final String CHALLENGE = "Basic realm=\"Bilet\", Bearer realm=\"Bilet\"";

    @Override
    public Response toResponse(SignInRequired e) {
        return Response.fromResponse(ProblemResponses.of(Problem.of(401, "Unauthorized", e.getMessage())))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    /** A refusal by role to someone not signed in: they should sign in (401), not be told their role is wrong. */
    static Response signIn() {
        return Response.fromResponse(ProblemResponses.of(ProblemResponses.standard(401)))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }
}
