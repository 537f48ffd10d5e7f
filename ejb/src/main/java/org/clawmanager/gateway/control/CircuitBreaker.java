package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Per-deployment circuit breaker (per replica): after {@code failures} consecutive retryable failures a deployment
 * is skipped for {@code open-ms}; then one trial request is let through (half-open) and a success closes it again.
 */
@ApplicationScoped
public class CircuitBreaker {

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.breaker.failures", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.breaker.open-ms", defaultValue = "30000")
    long openMillis;

    private static final class State {
        int failures;
        long openUntil;
        boolean trial;
    }

    private final Map<Long, State> states = new ConcurrentHashMap<>();

    public boolean allows(long deploymentId) {
        State s = states.get(deploymentId);
        if (s == null) {
            return true;
        }
        synchronized (s) {
            if (s.failures < threshold) {
                return true;
            }
            long now = System.currentTimeMillis();
            if (now >= s.openUntil && !s.trial) {
                s.trial = true;
                return true;
            }
            return false;
        }
    }

    public void success(long deploymentId) {
        State s = states.get(deploymentId);
        if (s != null) {
            synchronized (s) {
                s.failures = 0;
                s.trial = false;
            }
        }
    }

    public void failure(long deploymentId) {
        State s = states.computeIfAbsent(deploymentId, k -> new State());
        synchronized (s) {
            s.failures++;
            s.trial = false;
            if (s.failures >= threshold) {
                s.openUntil = System.currentTimeMillis() + openMillis;
            }
        }
    }

    public boolean open(long deploymentId) {
        State s = states.get(deploymentId);
        return s != null && s.failures >= threshold && System.currentTimeMillis() < s.openUntil;
    }
}
