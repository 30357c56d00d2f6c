package org.bilet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Optional;
import java.util.function.Function;
import org.bilet.platform.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private final Problems problems = new Problems();

    @Test
    void no_problems_throws_nothing() {
        assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void require_returns_a_present_value_and_records_nothing() {
        assertThat(problems.require("priority", Optional.of("high"), "There is no priority.")).isEqualTo("high");
        assertThatCode(problems::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void require_records_a_missing_value_and_returns_null() {
        String priority = problems.require("priority", Optional.empty(), "There is no priority 'urgentest'.");

        assertThat(priority).isNull();

        var thrown = catchThrowableOfType(problems::throwIfAny, InvalidInputException.class);

        assertThat(thrown.errors()).containsExactly(new FieldError("priority", "There is no priority 'urgentest'."));
        assertThat(thrown).hasMessage("There is no priority 'urgentest'.");
    }

    @Test
    void capture_keeps_the_errors_of_a_failed_check_and_returns_null() {
        Object result = problems.capture(() -> {
            throw InvalidInputException.of("tags", "'a b' is not a valid tag.");
        });

        assertThat(result).isNull();
        assertThat(catchThrowableOfType(problems::throwIfAny, InvalidInputException.class).errors())
                .containsExactly(new FieldError("tags", "'a b' is not a valid tag."));
    }

    @Test
    void capture_returns_the_result_of_a_passing_check() {
        assertThat(problems.capture(() -> "fine")).isEqualTo("fine");
    }

    @Test
    void every_problem_is_reported_at_once() {
        problems.add("subject", "The subject is empty.");
        problems.require("priority", Optional.empty(), "There is no priority 'x'.");
        problems.capture(() -> {
            throw InvalidInputException.of("tags", "'a b' is not a valid tag.");
        });

        var thrown = catchThrowableOfType(problems::throwIfAny, InvalidInputException.class);

        assertThat(thrown.errors()).extracting(FieldError::field).containsExactly("subject", "priority", "tags");
        assertThat(thrown).hasMessage("3 fields are invalid");
        assertThat(thrown.kind()).isEqualTo(BiletException.Kind.INVALID_INPUT);
    }

    @Test
    void a_name_is_found_or_reported_and_no_name_is_no_lookup() {
        var problems = new Problems();
        Function<String, Optional<String>> priorities = code -> code.equals("HIGH") ? Optional.of("high") : Optional.empty();

        assertThat(problems.find("priority", "priority", "HIGH", priorities)).isEqualTo("high");
        assertThat(problems.find("priority", "priority", null, priorities)).isNull();
        assertThat(problems.find("assignee", "user", "nobody", priorities)).isNull();

        assertThatThrownBy(problems::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.errors()).containsExactly(new InvalidInputException.FieldError("assignee", "There is no user 'nobody'.")));
    }

    @Test
    void values_others_already_have_are_a_conflict_unless_something_else_is_wrong_too() {
        var duplicates = new Problems();
        duplicates.duplicate("username", "The username 'agent' is already taken.");
        duplicates.duplicate("email", "Another user already has the e-mail address a@example.com.");

        var conflict = catchThrowableOfType(duplicates::throwIfAny, InvalidInputException.class);

        assertThat(conflict).isInstanceOf(DuplicateException.class);
        assertThat(conflict.kind()).isEqualTo(BiletException.Kind.CONFLICT);
        assertThat(conflict.errors()).extracting(FieldError::field).containsExactly("username", "email");

        var mixed = new Problems();
        mixed.duplicate("username", "The username 'agent' is already taken.");
        mixed.add("timeZone", "There is no time zone 'Mars'.");

        var invalid = catchThrowableOfType(mixed::throwIfAny, InvalidInputException.class);

        assertThat(invalid).isNotInstanceOf(DuplicateException.class);
        assertThat(invalid.kind()).isEqualTo(BiletException.Kind.INVALID_INPUT);
        assertThat(invalid.errors()).extracting(FieldError::field).containsExactly("username", "timeZone");
    }
}
