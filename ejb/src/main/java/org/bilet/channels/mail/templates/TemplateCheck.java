package org.bilet.channels.mail.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bilet.channels.mail.LetterTemplate;
import org.bilet.channels.mail.MailTopic;
import org.bilet.platform.InvalidInputException;
import org.bilet.platform.InvalidInputException.FieldError;

/**
 * What is wrong with a wording an administrator wrote for a kind of mail, every mistake at once and
 * in their terms: each field ({@code subject}, {@code body}) gets one message saying all that is
 * wrong with it. Pure, so the rules are tested without a server.
 */
public final class TemplateCheck {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 10_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z]+");
    private static final String CONTENT = "content";
    private static final String NUMBER = "number";

    private TemplateCheck() {
    }

    /** Refuses the wording with every mistake named ({@link InvalidInputException}); returns it when it is right. */
    public static LetterTemplate checked(MailTopic topic, String subject, String body) {
        var problems = problems(topic, subject, body);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new LetterTemplate(subject.strip(), body.replace("\r\n", "\n").stripTrailing());
    }

    /** Every mistake, at most one message per field. */
    public static List<FieldError> problems(MailTopic topic, String subject, String body) {
        var errors = new ArrayList<FieldError>();
        subjectProblems(topic, subject).ifPresent(text -> errors.add(new FieldError("subject", text)));
        bodyProblems(topic, body).ifPresent(text -> errors.add(new FieldError("body", text)));
        return errors;
    }

    private static Optional<String> subjectProblems(MailTopic topic, String subject) {
        if (subject == null || subject.isBlank()) {
            return Optional.of("Enter the subject line.");
        }
        if (subject.length() > MAX_SUBJECT) {
            return Optional.of("A subject has " + MAX_SUBJECT + " characters at most; this one has " + subject.length() + ".");
        }
        var said = new ArrayList<String>();
        if (subject.chars().anyMatch(Character::isISOControl)) {
            said.add("A subject is one line: remove the line breaks.");
        }
        var scan = Scan.of(topic, subject);
        if (!scan.unclosed.isEmpty()) {
            said.add(scan.unclosedSentence());
        }
        scan.unknown(topic).ifPresent(said::add);
        if (scan.used.contains(CONTENT) && topic.knows(CONTENT)) {
            said.add("{{content}} cannot be in the subject: it stands alone on a line of the text, where the message is quoted.");
        }
        if (!scan.used.contains(NUMBER)) {
            said.add("The subject must keep {{number}}: Bilet matches answers to this mail back to their ticket by the number in the subject.");
        }
        return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", said));
    }

    private static Optional<String> bodyProblems(MailTopic topic, String body) {
        if (body == null || body.isBlank()) {
            return Optional.of("Enter the text of the mail.");
        }
        if (body.length() > MAX_BODY) {
            return Optional.of("The text has " + MAX_BODY + " characters at most; this one has " + body.length() + ".");
        }
        var said = new ArrayList<String>();
        var scan = Scan.of(topic, body);
        if (!scan.unclosed.isEmpty()) {
            said.add(scan.unclosedSentence());
        }
        scan.unknown(topic).ifPresent(said::add);
        if (scan.contentNotAlone && topic.knows(CONTENT)) {
            said.add("{{content}} stands alone on its line, where the message is quoted; here it shares its line with other words.");
        }
        return said.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", said));
    }

    /** The placeholders a text uses, those it misspells and where a {@code {{} is left open. */
    private static final class Scan {
        final Set<String> used = new LinkedHashSet<>();
        final Set<String> unknown = new LinkedHashSet<>();
        /** Where each unclosed {{ starts, as the person wrote it (a few characters), to find it by. */
        final Set<String> unclosed = new LinkedHashSet<>();
        boolean contentNotAlone;

        static Scan of(MailTopic topic, String text) {
            var scan = new Scan();
            int from = 0;
            while (true) {
                int open = text.indexOf("{{", from);
                if (open < 0) {
                    break;
                }
                int close = text.indexOf("}}", open + 2);
                int nextOpen = text.indexOf("{{", open + 2);
                int lineBreak = text.indexOf('\n', open);
                if (close < 0 || (nextOpen >= 0 && nextOpen < close) || (lineBreak >= 0 && lineBreak < close)) {
                    scan.unclosed.add(excerpt(text, open));
                    from = open + 2;
                    continue;
                }
                var name = text.substring(open + 2, close).strip();
                if (NAME.matcher(name).matches() && topic.knows(name)) {
                    scan.used.add(name);
                    if (name.equals(CONTENT) && !aloneOnItsLine(text, open, close + 2)) {
                        scan.contentNotAlone = true;
                    }
                } else {
                    scan.unknown.add(name.length() > 40 ? name.substring(0, 40) + "…" : name);
                }
                from = close + 2;
            }
            return scan;
        }

        Optional<String> unknown(MailTopic topic) {
            if (unknown.isEmpty()) {
                return Optional.empty();
            }
            var named = unknown.stream().map(LetterTemplate::placeholder).toList();
            var may = topic.placeholders().stream().map(LetterTemplate::placeholder).collect(Collectors.joining(", "));
            return Optional.of(named.size() == 1
                    ? named.get(0) + " is not a placeholder of this mail; it may use " + may + "."
                    : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1)
                            + " are not placeholders of this mail; it may use " + may + ".");
        }

        String unclosedSentence() {
            var where = unclosed.stream().map(e -> "“" + e + "”").collect(Collectors.joining(", "));
            return (unclosed.size() == 1 ? "A {{ is not closed in " : "Some {{ are not closed, in ") + where
                    + ": write a placeholder as {{name}}, with two braces on each side.";
        }

        /** The text from {@code at} to the end of its line or the next {{, 20 characters at most. */
        private static String excerpt(String text, int at) {
            int end = Math.min(text.length(), at + 20);
            int lineBreak = text.indexOf('\n', at);
            int nextOpen = text.indexOf("{{", at + 2);
            if (lineBreak >= 0 && lineBreak < end) {
                end = lineBreak;
            }
            if (nextOpen >= 0 && nextOpen < end) {
                end = nextOpen;
            }
            var excerpt = text.substring(at, end).strip();
            return end < text.length() && end == at + 20 ? excerpt + "…" : excerpt;
        }

        private static boolean aloneOnItsLine(String text, int start, int end) {
            int lineStart = text.lastIndexOf('\n', start - 1) + 1;
            int lineEnd = text.indexOf('\n', end);
            return text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank();
        }
    }
}
