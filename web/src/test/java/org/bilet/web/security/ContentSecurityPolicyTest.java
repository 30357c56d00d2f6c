package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void screens_run_only_bilets_scripts_and_those_with_the_nonce_primefaces_appends_to_the_last_directive() {
        var screens = directives(ContentSecurityPolicy.SCREENS);

        assertThat(ContentSecurityPolicy.SCREENS).endsWith("script-src 'self'");
        assertThat(screens.get("script-src")).doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
        assertThat(screens).containsEntry("default-src", "'self'").containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'").containsEntry("form-action", "'self'");
    }

    @Test
    void no_screen_may_be_framed() {
        assertThat(directives(ContentSecurityPolicy.SCREENS)).containsEntry("frame-ancestors", "'none'");
    }

    @Test
    void inline_styles_are_what_the_screens_still_allow() {
        assertThat(directives(ContentSecurityPolicy.SCREENS)).containsEntry("style-src", "'self' 'unsafe-inline'");
    }

    @Test
    void api_answers_load_and_run_nothing() {
        assertThat(ContentSecurityPolicy.DATA).isEqualTo("default-src 'none'; frame-ancestors 'none'; sandbox");
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";\\s*"))
                .map(directive -> directive.split(" ", 2))
                .collect(Collectors.toMap(d -> d[0], d -> d.length > 1 ? d[1] : ""));
    }
}
