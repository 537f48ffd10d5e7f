package org.clawmanager.risk.boundary;

import java.util.List;

/**
 * The outcome of an inspection: the strongest action any hit asked for, the text with redactions applied (same as
 * the input when nothing was redacted) and every hit.
 */
public record Verdict(Action action, String text, List<Hit> hits) {

    public static Verdict allow(String text) {
        return new Verdict(Action.ALLOW, text, List.of());
    }
}
