package org.clawmanager.risk.control;

import java.util.List;

/**
 * Where in a text a detector's pattern is worth running. Most detectors need a rare literal (an "@", a "-----BEGIN",
 * "eyJ") or a run of digits; running their regular expression only in small windows around those places is what makes
 * inspecting a prompt with every rule enabled cost microseconds rather than milliseconds.
 */
sealed interface Trigger {

    /**
     * Case-insensitive literals; a match lies within {@code back} characters before to {@code forward} after one.
     * {@code before} says what must precede an occurrence for it to count (cheaply rules out "task-" for "sk-").
     */
    record Anchors(List<String> literals, int back, int forward, Before before, Scope scope) implements Trigger {
        Anchors(List<String> literals, int back, int forward) {
            this(literals, back, forward, Before.ANY, Scope.ANY);
        }

        Anchors(List<String> literals, int back, int forward, Before before) {
            this(literals, back, forward, before, Scope.TOKEN);
        }

        int longestLiteral() {
            return literals.stream().mapToInt(String::length).max().orElse(0);
        }
    }

    /** Runs of characters of a {@link RunKind}; a match lies within a run widened by the margins. */
    record Runs(RunKind kind, int minKeys, int back, int forward) implements Trigger {
    }

    /** No cheap prefilter (custom regular expressions): the whole text. */
    record Everywhere() implements Trigger {
    }

    /**
     * What the part of a match before its anchor may contain: lets a stream release text up to the last space (or
     * line break) instead of holding {@code back} characters.
     */
    enum Scope {
        ANY, TOKEN, LINE;

        /** The earliest position in {@code [from, to)} where a match of this scope reaching {@code to} may start. */
        int start(CharSequence text, int from, int to) {
            if (this == ANY) {
                return from;
            }
            for (int i = to - 1; i >= from; i--) {
                char c = text.charAt(i);
                if (c == '\n' || (this == TOKEN && Character.isWhitespace(c))) {
                    return i + 1;
                }
            }
            return from;
        }
    }

    enum Before {
        ANY, LETTER_OR_DIGIT, NOT_LETTER_OR_DIGIT;

        boolean accepts(CharSequence text, int start) {
            return switch (this) {
                case ANY -> true;
                case LETTER_OR_DIGIT -> start > 0 && Character.isLetterOrDigit(text.charAt(start - 1));
                case NOT_LETTER_OR_DIGIT -> start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
            };
        }
    }

    /** The kinds of runs the scanner collects (once per text, shared by every detector that uses them). */
    enum RunKind {
        /** digits with the separators numbers are written with: space - . ( ) + / ; keys = digits */
        DIGITS,
        /** hexadecimal digits, colons and dots (IPv6); keys = colons */
        HEX_COLON,
        /** an upper-case country code followed by two digits (IBAN); keys = 1 per start */
        COUNTRY_CODE
    }
}
