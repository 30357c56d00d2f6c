package org.bilet.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.bilet.platform.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsTest {

    @Test
    void tags_are_trimmed_lower_cased_deduplicated_and_sorted() {
        var tags = Tags.normalize(List.of(" VPN ", "printer", "vpn", "Floor-2", "v1.2_beta"));

        assertThat(tags).containsExactly("floor-2", "printer", "v1.2_beta", "vpn");
    }

    @Test
    void no_tags_is_fine() {
        assertThat(Tags.normalize(List.of())).isEmpty();
    }

    @Test
    void letters_of_any_script_are_allowed() {
        assertThat(Tags.normalize(List.of("Принтер", "ŻÓŁĆ", "zażółć", "Сеть-2")))
                .containsExactly("zażółć", "żółć", "принтер", "сеть-2");
    }

    @Test
    void sixty_characters_are_allowed() {
        var longest = "a".repeat(60);

        assertThat(Tags.normalize(List.of(longest))).containsExactly(longest);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "", "   ", "a/b", "#urgent", "c++", "tag,other", "emoji\uD83D\uDE00"})
    void anything_but_letters_digits_dot_dash_and_underscore_is_refused(String tag) {
        assertRefused(tag);
    }

    @Test
    void a_tag_over_sixty_characters_is_refused() {
        assertRefused("a".repeat(61));
    }

    @Test
    void a_null_tag_is_refused() {
        var thrown = catchThrowableOfType(() -> Tags.normalize(Arrays.asList("ok", null)), InvalidInputException.class);

        assertThat(thrown.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("tags");
    }

    private static void assertRefused(String tag) {
        var thrown = catchThrowableOfType(() -> Tags.normalize(List.of("fine", tag)), InvalidInputException.class);

        assertThat(thrown).as("refusal of '%s'", tag).isNotNull();
        assertThat(thrown.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("tags");
            assertThat(error.message()).contains("'" + tag + "'");
        });
    }
}
