package org.clawmanager.risk.control;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A built-in detector: a regular expression, where to run it, and an optional check on the matched text (a
 * checksum) that removes look-alikes. If the pattern has a group named {@code redact}, only that part of the match
 * is reported and replaced (the value of {@code password=...}, not the key).
 */
record Detector(String name, String description, Pattern pattern, List<Trigger> triggers,
                Predicate<String> validator, int maxLength) {

    static Detector of(String name, String description, String regex, int maxLength, Trigger... triggers) {
        return new Detector(name, description, Pattern.compile(regex), List.of(triggers), s -> true, maxLength);
    }

    Detector validatedBy(Predicate<String> check) {
        return new Detector(name, description, pattern, triggers, check, maxLength);
    }

    boolean hasRedactGroup() {
        return pattern.pattern().contains("(?<redact>");
    }
}
