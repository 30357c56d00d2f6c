package org.bilet.web.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.bilet.web.api.BiletApi;
import org.bilet.web.api.TicketResource;
import org.junit.jupiter.api.Test;

class EndpointTemplateTest {

    @Path("things/")
    static class Things {
        @GET
        @Path("/{number: [A-Z]{3}-[0-9]{1,6}}/parts/{part}")
        public String part(@PathParam("number") String number, @PathParam("part") String part) {
            return number + part;
        }

        @GET
        public String all() {
            return "";
        }
    }

    /** What a CDI or EJB proxy looks like: a subclass that carries no annotations. */
    static class ThingsProxy extends Things {
        @Override
        public String part(String number, String part) {
            return super.part(number, part);
        }
    }

    @Test
    void parameters_keep_their_names_and_lose_their_patterns() {
        assertThat(EndpointTemplate.withoutPatterns("{number: [A-Z]{3}-[0-9]{1,6}}/parts/{ part }"))
                .isEqualTo("{number}/parts/{part}");
        assertThat(EndpointTemplate.withoutPatterns("tickets/{number}")).isEqualTo("tickets/{number}");
    }

    @Test
    void parts_are_joined_with_single_slashes() {
        assertThat(EndpointTemplate.join("/api", "tickets/", "/{number}/")).isEqualTo("/api/tickets/{number}");
        assertThat(EndpointTemplate.join("/api", "me", "")).isEqualTo("/api/me");
        assertThat(EndpointTemplate.join("", null, "")).isEqualTo("/");
    }

    @Test
    void a_method_template_is_read_through_a_proxy_subclass() throws NoSuchMethodException {
        var part = ThingsProxy.class.getMethod("part", String.class, String.class);

        assertThat(EndpointTemplate.of(BiletApi.class, ThingsProxy.class, part)).isEqualTo("/api/things/{number}/parts/{part}");
        assertThat(EndpointTemplate.of(BiletApi.class, Things.class, Things.class.getMethod("all"))).isEqualTo("/api/things");
    }

    @Test
    void the_ticket_resource_gives_the_templates_of_the_api() throws NoSuchMethodException {
        var templates = java.util.Arrays.stream(TicketResource.class.getMethods())
                .filter(m -> m.isAnnotationPresent(GET.class))
                .map(m -> EndpointTemplate.of(BiletApi.class, TicketResource.class, m))
                .toList();

        assertThat(templates).contains("/api/tickets", "/api/tickets/{number}").allMatch(t -> !t.contains(":") && !t.contains("//"));
    }
}
