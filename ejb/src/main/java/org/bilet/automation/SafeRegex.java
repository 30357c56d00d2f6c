package org.bilet.automation;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Regular expressions administrators write, made safe to run on every ticket: the pattern is short,
 * the text is cut to {@value #MAX_TEXT} characters, and a match that runs longer than
 * {@value #TIMEOUT_MILLIS} ms (catastrophic backtracking, "(a+)+$") is given up as not matching.
 * The JDK's matcher cannot be interrupted, but it reads the text through {@link CharSequence#charAt},
 * which is where the time is checked.
 */
final class SafeRegex {

    static final int MAX_PATTERN = 200;
    static final int MAX_TEXT = 20_000;
    static final long TIMEOUT_MILLIS = 50;

    private SafeRegex() {
    }

    /** The compiled pattern, case-insensitive; IllegalArgumentException saying what is wrong. */
    static Pattern compile(String regex) {
        if (regex == null || regex.isEmpty()) {
            throw new IllegalArgumentException("Give a regular expression.");
        }
        if (regex.length() > MAX_PATTERN) {
            throw new IllegalArgumentException("A regular expression has " + MAX_PATTERN + " characters at most.");
        }
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("'" + regex + "' is not a valid regular expression: " + e.getDescription() + ".");
        }
    }

    /** Whether the pattern is found in the text in time; a match that takes too long counts as none. */
    static boolean finds(Pattern pattern, String text) {
        if (text == null) {
            return false;
        }
        var bounded = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        try {
            return pattern.matcher(new Deadline(bounded, System.nanoTime() + TIMEOUT_MILLIS * 1_000_000)).find();
        } catch (TimedOut e) {
            return false;
        }
    }

    private static final class TimedOut extends RuntimeException {
        TimedOut() {
            super(null, null, false, false);
        }
    }

    private record Deadline(String text, long until) implements CharSequence {

        @Override
        public char charAt(int index) {
            if (System.nanoTime() > until) {
                throw new TimedOut();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Deadline(text.substring(start, end), until);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
