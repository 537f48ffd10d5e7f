package org.clawmanager.risk.entity;

import java.util.Locale;
import java.util.Optional;

/** How a rule finds matches: a regular expression, a keyword list, or one of the built-in detectors. */
public enum RuleKind {
    REGEX, KEYWORDS, DETECTOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RuleKind> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
