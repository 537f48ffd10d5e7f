package org.clawmanager.agent;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Retry delays: 1 s, 2 s, 5 s, 10 s, 30 s, then 60 s, each spread by ±20 % jitter so that agents of a restarted
 * control plane do not come back in lock step. Only a protocol-level success (an accepted registration or
 * heartbeat) resets it, never a mere TCP connect.
 */
public final class Backoff {

    private static final long[] STEPS_MS = {1_000, 2_000, 5_000, 10_000, 30_000, 60_000};

    private final RandomGenerator random;
    private int failures;

    public Backoff(RandomGenerator random) {
        this.random = random;
    }

    public Duration next() {
        long base = STEPS_MS[Math.min(failures, STEPS_MS.length - 1)];
        failures++;
        return Duration.ofMillis(jitter(base, 0.2, random));
    }

    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }

    /** {@code base} ± {@code fraction}, uniformly. */
    public static long jitter(long base, double fraction, RandomGenerator random) {
        double f = 1 + (random.nextDouble() * 2 - 1) * fraction;
        return Math.max(1, Math.round(base * f));
    }
}
