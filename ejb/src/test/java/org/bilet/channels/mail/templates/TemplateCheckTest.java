package org.bilet.channels.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.bilet.channels.mail.Letters;
import org.bilet.channels.mail.MailTopic;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class TemplateCheckTest {

    private static final String BODY = "Hello {{name}},\n\nwe registered {{number}}.\n\nFollow it: {{link}}";

    @Test
    void bilets_own_wording_of_every_topic_in_every_language_passes() {
        for (var topic : MailTopic.values()) {
            for (var language : Letters.LANGUAGES) {
                var standard = Letters.standard(topic, Locale.forLanguageTag(language));
                assertThat(TemplateCheck.problems(topic, standard.subject(), standard.body())).as(topic + " " + language).isEmpty();
            }
        }
    }

    @Test
    void a_right_wording_comes_back_tidied() {
        var checked = TemplateCheck.checked(MailTopic.RECEIVED, "  [{{ number }}] Got it: {{subject}} ", "Hi {{name}}\r\nSee {{link}}\n\n");
        assertThat(checked.subject()).isEqualTo("[{{ number }}] Got it: {{subject}}");
        assertThat(checked.body()).isEqualTo("Hi {{name}}\nSee {{link}}");
    }

    @Test
    void a_misspelt_placeholder_is_named_with_those_the_mail_may_use() {
        assertThat(TemplateCheck.problems(MailTopic.RECEIVED, "[{{number}}] {{subject}}", "Hello {{nmae}},\n" + BODY))
                .containsExactly(new FieldError("body", "{{nmae}} is not a placeholder of this mail; it may use"
                        + " {{name}}, {{number}}, {{subject}}, {{link}}, {{by}}."));
        assertThat(TemplateCheck.problems(MailTopic.RESOLVED, "[{{number}}] {{subject}} {{rule}}", BODY + "\n{{survey}} {{promise}} {{x y}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("subject", "{{rule}} is not a placeholder of this mail; it may use"
                                + " {{name}}, {{number}}, {{subject}}, {{link}}, {{by}}, {{content}}, {{survey}}."),
                        org.assertj.core.groups.Tuple.tuple("body", "{{promise}} and {{x y}} are not placeholders of this mail; it may use"
                                + " {{name}}, {{number}}, {{subject}}, {{link}}, {{by}}, {{content}}, {{survey}}."));
    }

    @Test
    void the_subject_keeps_the_number_that_answers_are_matched_by() {
        assertThat(TemplateCheck.problems(MailTopic.REPLIED, "Re: {{subject}}", BODY))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("subject");
                    assertThat(error.message()).contains("{{number}}").contains("matches answers");
                });
    }

    @Test
    void an_unclosed_brace_pair_is_named_by_the_words_it_starts() {
        assertThat(TemplateCheck.problems(MailTopic.RECEIVED, "[{{number}}] {{subject", "Hello {{name}},\n\nyour {{number is in.\n{{link}}"))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("subject",
                                "A {{ is not closed in “{{subject”: write a placeholder as {{name}}, with two braces on each side."),
                        org.assertj.core.groups.Tuple.tuple("body",
                                "A {{ is not closed in “{{number is in.”: write a placeholder as {{name}}, with two braces on each side."));
        assertThat(TemplateCheck.problems(MailTopic.RECEIVED, "[{{number}}]", "{{name {{link}} {{subject and a long tail without an end"))
                .extracting(FieldError::message).containsExactly(
                        "Some {{ are not closed, in “{{name”, “{{subject and a long…”: write a placeholder as {{name}}, with two braces on each side.");
    }

    @Test
    void blank_long_and_multi_line_are_refused_every_field_at_once() {
        assertThat(TemplateCheck.problems(MailTopic.RECEIVED, " ", null)).extracting(FieldError::field, FieldError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("subject", "Enter the subject line."),
                org.assertj.core.groups.Tuple.tuple("body", "Enter the text of the mail."));
        assertThat(TemplateCheck.problems(MailTopic.RECEIVED, "[{{number}}] " + "x".repeat(200), "{{name}}" + "y".repeat(10_000)))
                .extracting(FieldError::message).containsExactly(
                        "A subject has 200 characters at most; this one has 213.",
                        "The text has 10000 characters at most; this one has 10008.");
        assertThat(TemplateCheck.problems(MailTopic.RECEIVED, "[{{number}}]\nBcc: x@example.com", BODY))
                .extracting(FieldError::message).containsExactly("A subject is one line: remove the line breaks.");
    }

    @Test
    void the_message_stands_alone_on_its_line_and_never_in_the_subject() {
        assertThat(TemplateCheck.problems(MailTopic.REPLIED, "[{{number}}] {{content}}", BODY + "\nHe wrote: {{content}}\n  {{content}}  "))
                .extracting(FieldError::message).containsExactly(
                        "{{content}} cannot be in the subject: it stands alone on a line of the text, where the message is quoted.",
                        "{{content}} stands alone on its line, where the message is quoted; here it shares its line with other words.");
    }

    @Test
    void checked_refuses_with_every_problem() {
        assertThatThrownBy(() -> TemplateCheck.checked(MailTopic.RECEIVED, "{{subject}}", "{{nmae}}"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("subject", "body"));
        assertThat(List.of(MailTopic.values())).allSatisfy(topic -> assertThat(topic.placeholders()).startsWith("name", "number"));
    }
}
