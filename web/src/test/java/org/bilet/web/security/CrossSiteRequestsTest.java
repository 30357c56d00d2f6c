package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrossSiteRequestsTest {

    private static final Set<String> BILET = Set.of("https://bilet.example.com", "http://localhost:8080");

    @ParameterizedTest(name = "{0} Sec-Fetch-Site={1} Origin={2}: refused {3}")
    @CsvSource(nullValues = "-", value = {
            // A page of another site posting with the user's cookie.
            "POST,   cross-site,  https://evil.example,      true",
            "PUT,    cross-site,  -,                         true",
            "DELETE, cross-site,  https://bilet.example.com, true",
            "patch,  Cross-Site,  -,                         true",
            "POST,   -,           https://evil.example,      true",
            "POST,   -,           null,                      true",
            "POST,   same-site,   https://tools.example.com, true",
            // Bilet's own pages, however the browser says so.
            "POST,   same-origin, https://bilet.example.com, false",
            "POST,   same-origin, -,                         false",
            "POST,   -,           https://bilet.example.com, false",
            "POST,   -,           HTTPS://Bilet.Example.com:443, false",
            "POST,   -,           http://localhost:8080,     false",
            "POST,   same-site,   https://bilet.example.com, false",
            "POST,   none,        -,                         false",
            // Programs send neither header.
            "POST,   -,           -,                         false",
            "DELETE, -,           -,                         false",
            // Reading changes nothing.
            "GET,    cross-site,  https://evil.example,      false",
            "HEAD,   cross-site,  https://evil.example,      false",
            "OPTIONS, cross-site, https://evil.example,      false"})
    void refuses_changes_another_site_sent(String method, String fetchSite, String origin, boolean refused) {
        assertThat(CrossSiteRequests.refused(method, fetchSite, origin, BILET)).isEqualTo(refused);
    }

    @ParameterizedTest
    @CsvSource({
            "https://Bilet.Example.com/,       https://bilet.example.com",
            "https://bilet.example.com:443,    https://bilet.example.com",
            "http://localhost:80/portal/,      http://localhost",
            "http://localhost:8480,            http://localhost:8480",
            "https://bilet.example.com:8443/x, https://bilet.example.com:8443"})
    void an_origin_has_one_spelling(String address, String origin) {
        assertThat(CrossSiteRequests.originOf(address)).isEqualTo(origin);
    }

    @ParameterizedTest
    @CsvSource({"null", "file:///etc/passwd", "not an origin", "ftp://bilet.example.com"})
    void what_is_no_web_origin_has_none(String address) {
        assertThat(CrossSiteRequests.originOf(address)).isNull();
    }
}
