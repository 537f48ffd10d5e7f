package org.clawmanager.risk.entity;

import java.util.Locale;
import java.util.Optional;

/** Which texts a rule inspects: prompts (requests), model output (responses) or both. */
public enum AppliesTo {
    BOTH, REQUEST, RESPONSE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the rule runs on a text of this direction ({@code true} for request, {@code false} for response). */
    public boolean covers(boolean request) {
        return this == BOTH || (this == REQUEST) == request;
    }

    public static Optional<AppliesTo> parse(String s) {
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
