package org.bilet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** What every error of the API is: an RFC 9457 problem that speaks of the request, never of the server's insides. */
final class ProblemAssert {

    /** Java or server names, exception text, parser positions. */
    static final Pattern INTERNALS = Pattern.compile(
            "org\\.bilet|java\\.|jakarta\\.|Exception|RESTEASY|UT0\\d{4}|\\bclass [a-z]|line no|column no|offset=|\\bline \\d|\\bcolumn \\d");

    private ProblemAssert() {
    }

    /** The response is a problem with this status, type, title and detail, and names nothing internal. */
    static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertIsProblem(response);
    }

    static void assertIsProblem(Api.Response response) {
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.keySet()).as(response.toString()).contains("type", "title", "status", "detail");
        assertThat(problem.getInt("status")).isEqualTo(response.status());
        assertThat(problem.getString("detail")).isNotBlank();
        assertNothingInternal(response);
    }

    static void assertNothingInternal(Api.Response response) {
        assertThat(INTERNALS.matcher(response.body()).find()).as("internals in " + response).isFalse();
    }

    /** The detail of a problem with this status. */
    static String detailOf(Api.Response response, int status) {
        assertProblem(response, status);
        return response.json().getString("detail");
    }
}
