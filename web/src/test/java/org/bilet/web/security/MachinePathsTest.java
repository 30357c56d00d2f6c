package org.bilet.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MachinePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/api/tickets", "/health", "/health/ready"})
    void the_api_and_the_health_checks_are_for_programs(String path) {
        assertThat(MachinePaths.contains(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login.xhtml", "/apis.xhtml", "/healthy", "/portal/api/x", "/error"})
    void everything_else_is_for_people(String path) {
        assertThat(MachinePaths.contains(path)).isFalse();
    }
}
