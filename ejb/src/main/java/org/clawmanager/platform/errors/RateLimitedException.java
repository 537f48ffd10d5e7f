package org.clawmanager.platform.errors;

import java.time.Duration;
import java.util.Map;

/** Too many attempts; {@link #retryAfter()} tells the caller when it may try again. */
public class RateLimitedException extends DomainException {

    private final Duration retryAfter;

    public RateLimitedException(String code, String message, Duration retryAfter) {
        super(ErrorKind.RATE_LIMITED, code, message, Map.of("retryAfterSeconds", Math.max(1, retryAfter.toSeconds())));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
