package org.clawmanager.runtimes.boundary;

import java.time.Instant;

/**
 * What a driver sees of one instance.
 *
 * @param phase   {@link Phase}
 * @param reason  machine-readable cause, stable strings such as {@code ImagePullBackOff}, {@code Unschedulable},
 *                {@code ProcessExited}, {@code QuotaExceeded}; null when all is well
 * @param message human explanation copied from Pod conditions/events or the process, safe to show
 */
public record ObservedRuntime(long instanceId, Phase phase, String reason, String message, long generation,
                              Instant observedAt) {

    public enum Phase {
        /** objects exist, workload not running yet (pulling, scheduling, starting) */
        PENDING,
        RUNNING,
        /** scaled to zero / process stopped on purpose */
        STOPPED,
        /** cannot run without intervention (bad image, crash loop, unschedulable past a deadline) */
        FAILED,
        /** nothing exists for this instance */
        MISSING
    }
}
