package org.bilet.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bilet.platform.InvalidInputException;
import org.bilet.sla.CalendarDefinition;
import org.bilet.tickets.Channel;
import org.bilet.tickets.NewMessage;
import org.bilet.tickets.NewTicket;
import org.bilet.worklog.NewTimeEntry;
import org.junit.jupiter.api.Test;

class BodyBindingTest {

    @Test
    void a_ticket_is_bound_with_its_members() {
        var ticket = bind("""
                {"subject": "Printer", "description": "It jams.", "priority": "HIGH", "tags": ["a", "b"],
                 "channel": "phone", "customFields": {"affected-users": 12, "urgent": true, "asset": "PR-1", "gone": null},
                 "language": "en", "somethingElse": [1, 2]}""", NewTicket.class);

        assertThat(ticket).isEqualTo(new NewTicket("Printer", "It jams.", "HIGH", null, Set.of("a", "b"), Channel.PHONE,
                Map.of("affected-users", "12", "urgent", "true", "asset", "PR-1"), null, "en"));
    }

    @Test
    void a_body_that_is_no_object_is_refused_as_a_whole() {
        for (var body : List.of("true", "123", "\"str\"", "null", "[]")) {
            assertThat(refusals(body, NewTicket.class)).as(body).containsExactly("request: The body must be a JSON object.");
            assertThat(refusals(body, JsonObject.class)).as(body).containsExactly("request: The body must be a JSON object.");
        }
        assertThat(refusals("{}", List.class, String.class)).containsExactly("request: The body must be a JSON array.");
    }

    @Test
    void nothing_is_coerced_and_each_mismatch_names_the_field_and_the_type() {
        assertThat(refusals("{\"body\": \"x\", \"internal\": \"true\"}", NewMessage.class))
                .containsExactly("internal: internal must be true or false.");
        assertThat(refusals("{\"body\": \"x\", \"internal\": 123}", NewMessage.class))
                .containsExactly("internal: internal must be true or false.");
        assertThat(refusals("{\"body\": 5}", NewMessage.class)).containsExactly("body: body must be a string.");
        assertThat(refusals("{\"minutes\": \"25\"}", NewTimeEntry.class)).containsExactly("minutes: minutes must be a whole number.");
        assertThat(refusals("{\"minutes\": 1.5}", NewTimeEntry.class)).containsExactly("minutes: minutes must be a whole number.");
        assertThat(refusals("{\"minutes\": 1e400}", NewTimeEntry.class))
                .containsExactly("minutes: minutes must be a whole number from -2147483648 to 2147483647.");
        assertThat(bind("{\"minutes\": 25.0, \"note\": \"n\"}", NewTimeEntry.class)).isEqualTo(new NewTimeEntry(25, "n"));
    }

    @Test
    void an_enum_lists_its_values_as_the_api_spells_them() {
        assertThat(refusals("{\"subject\": \"s\", \"description\": \"d\", \"channel\": \"FAX\"}", NewTicket.class))
                .containsExactly("channel: channel must be one of WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT.");
        assertThat(refusals("{\"channel\": 3}", NewTicket.class))
                .containsExactly("channel: channel must be one of WEB, EMAIL, PHONE, CHAT, API, SYSTEM, IMPORT.");
    }

    @Test
    void null_is_absent_so_a_flag_takes_its_default() {
        assertThat(bind("{\"body\": \"x\", \"internal\": null}", NewMessage.class)).isEqualTo(new NewMessage("x", false));
        assertThat(bind("{\"body\": \"x\"}", NewMessage.class)).isEqualTo(new NewMessage("x", false));
    }

    @Test
    void every_problem_is_reported_at_once_where_it_is() {
        assertThat(refusals("""
                {"key": 1, "hours": [{"day": "MONDAY", "opens": "08:00"}, {"day": 2, "closes": []}], "holidays": {}}""",
                CalendarDefinition.class)).containsExactly(
                "key: key must be a string.",
                "hours[1].day: hours[1].day must be a string.",
                "hours[1].closes: hours[1].closes must be a string.",
                "holidays: holidays must be an array.");
        assertThat(refusals("{\"subject\": \"s\", \"tags\": [\"a\", null, 3], \"customFields\": {\"x\": [1]}}", NewTicket.class))
                .containsExactly("tags[1]: tags[1] must be a string.", "tags[2]: tags[2] must be a string.",
                        "customFields.x: customFields.x must be a string, a number, true or false.");
        assertThat(refusals("[\"a\", 2]", List.class, String.class)).containsExactly("request[1]: request[1] must be a string.");
    }

    /** Every JSON body of the API is bound here; a type it cannot bind would be a 500 at the first request. */
    @Test
    void every_json_body_a_resource_takes_can_be_bound() throws Exception {
        var bodies = jsonBodiesOfResources();

        assertThat(bodies).extracting(Parameter::getType).contains(NewTicket.class, NewMessage.class, JsonObject.class, List.class);
        for (var body : bodies) {
            assertThat(BodyBinding.binds(body.getType())).as(body.toString()).isTrue();
            var empty = body.getType() == List.class ? JsonValue.EMPTY_JSON_ARRAY : JsonValue.EMPTY_JSON_OBJECT;
            assertThat(BodyBinding.bind(empty, body.getParameterizedType())).as(body.toString()).isNotNull();
        }
    }

    private static List<Parameter> jsonBodiesOfResources() throws IOException, URISyntaxException, ClassNotFoundException {
        var classes = Path.of(BodyBinding.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(BodyBinding.class.getPackageName().replace('.', '/'));
        var bodies = new ArrayList<Parameter>();
        try (var files = Files.list(classes)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = file.getFileName().toString().replace(".class", "");
                var type = Class.forName(BodyBinding.class.getPackageName() + "." + name, false, BodyBinding.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    for (var method : type.getDeclaredMethods()) {
                        if (isHttpMethod(method) && consumesJson(type, method)) {
                            Arrays.stream(method.getParameters()).filter(p -> p.getAnnotations().length == 0).forEach(bodies::add);
                        }
                    }
                }
            }
        }
        return bodies;
    }

    private static boolean isHttpMethod(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static boolean consumesJson(Class<?> type, Method method) {
        var consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
        return consumes != null && Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_JSON);
    }

    private static <T> T bind(String json, Class<T> type) {
        return type.cast(BodyBinding.bind(StrictJson.read(json.getBytes(StandardCharsets.UTF_8)), type));
    }

    private static List<String> refusals(String json, Class<?> type) {
        return refusals(json, (Type) type);
    }

    private static List<String> refusals(String json, Class<?> collection, Class<?> element) {
        return refusals(json, new java.lang.reflect.ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {element};
            }

            @Override
            public Type getRawType() {
                return collection;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        });
    }

    private static List<String> refusals(String json, Type type) {
        var refused = catchThrowableOfType(InvalidInputException.class,
                () -> BodyBinding.bind(StrictJson.read(json.getBytes(StandardCharsets.UTF_8)), type));
        assertThat(refused).as("refused").isNotNull();
        return refused.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
    }
}
