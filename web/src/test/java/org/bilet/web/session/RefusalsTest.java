package org.bilet.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Set;
import org.bilet.platform.StaleVersionException;
import org.junit.jupiter.api.Test;

/** The parts of {@link Refusals} that need no page: which field a violation is about, and what was really thrown. */
class RefusalsTest {

    @Test
    void a_violation_on_a_records_component_is_about_that_component() {
        var path = List.of(node("open", ElementKind.METHOD), node("request", ElementKind.PARAMETER),
                node("subject", ElementKind.PROPERTY));

        assertThat(Refusals.fieldOf(path)).isEqualTo("subject");
    }

    @Test
    void a_violation_on_a_plain_parameter_is_about_the_parameter() {
        var path = List.of(node("reopen", ElementKind.METHOD), node("reason", ElementKind.PARAMETER));

        assertThat(Refusals.fieldOf(path)).isEqualTo("reason");
    }

    @Test
    void a_violation_on_the_whole_bean_or_a_return_value_names_no_field() {
        assertThat(Refusals.fieldOf(List.of(node("change", ElementKind.METHOD), node("<return value>", ElementKind.RETURN_VALUE))))
                .isNull();
        assertThat(Refusals.fieldOf(List.of(node(null, ElementKind.BEAN)))).isNull();
    }

    @Test
    void a_violation_is_found_inside_every_ejb_exception_around_it() {
        var violations = new ConstraintViolationException("invalid", Set.of());

        assertThat(Refusals.unwrap(new EJBException(new EJBException(violations)))).isSameAs(violations);
        assertThat(Refusals.unwrap(violations)).isSameAs(violations);
    }

    @Test
    void a_refused_role_stays_what_it_is_although_it_is_an_ejb_exception() {
        var refused = new EJBAccessException("WFLYEJB0364: Invocation on method is not allowed");

        assertThat(Refusals.unwrap(refused)).isSameAs(refused);
        assertThat(Refusals.unwrap(new EJBException(refused))).isSameAs(refused);
    }

    @Test
    void a_bare_ejb_exception_and_an_application_exception_are_left_as_they_are() {
        var bare = new EJBException("transaction timeout");
        var stale = new StaleVersionException("changed", 4);

        assertThat(Refusals.unwrap(bare)).isSameAs(bare);
        assertThat(Refusals.unwrap(stale)).isSameAs(stale);
    }

    private static Path.Node node(String name, ElementKind kind) {
        return new Path.Node() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public boolean isInIterable() {
                return false;
            }

            @Override
            public Integer getIndex() {
                return null;
            }

            @Override
            public Object getKey() {
                return null;
            }

            @Override
            public ElementKind getKind() {
                return kind;
            }

            @Override
            public <T extends Path.Node> T as(Class<T> nodeType) {
                return nodeType.cast(this);
            }
        };
    }
}
