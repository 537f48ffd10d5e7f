package org.clawmanager.gateway.entity;

import java.util.Locale;
import org.clawmanager.platform.errors.InvalidInputException;

/** How the gateway talks to an upstream: OpenAI-compatible HTTP, Anthropic Messages HTTP, or the built-in mock. */
public enum ProviderKind {
    OPENAI, ANTHROPIC, MOCK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProviderKind of(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException("kind", "must be one of openai, anthropic, mock");
        }
    }
}
