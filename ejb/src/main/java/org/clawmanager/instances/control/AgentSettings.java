package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The agent protocol's tunables ({@code clawmanager.agents.*}, see docs/configuration.md). */
@ApplicationScoped
public class AgentSettings {

    @Inject
    @ConfigProperty(name = "clawmanager.agents.heartbeat-interval", defaultValue = "PT15S")
    Duration heartbeatInterval;

    @Inject
    @ConfigProperty(name = "clawmanager.agents.online-threshold", defaultValue = "PT45S")
    Duration onlineThreshold;

    @Inject
    @ConfigProperty(name = "clawmanager.agents.stale-threshold", defaultValue = "PT120S")
    Duration staleThreshold;

    @Inject
    @ConfigProperty(name = "clawmanager.agents.session-ttl", defaultValue = "PT24H")
    Duration sessionTtl;

    @Inject
    @ConfigProperty(name = "clawmanager.agents.report-interval", defaultValue = "PT5S")
    Duration reportInterval;

    @Inject
    @ConfigProperty(name = "clawmanager.commands.pending-timeout", defaultValue = "PT30M")
    Duration pendingTimeout;

    @Inject
    @ConfigProperty(name = "clawmanager.commands.ack-timeout", defaultValue = "PT30S")
    Duration ackTimeout;

    @Inject
    @ConfigProperty(name = "clawmanager.commands.max-attempts", defaultValue = "3")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "clawmanager.commands.max-wait", defaultValue = "PT25S")
    Duration maxWait;

    public Duration heartbeatInterval() { return heartbeatInterval; }
    public Duration sessionTtl() { return sessionTtl; }
    public Duration reportInterval() { return reportInterval; }
    public Duration pendingTimeout() { return pendingTimeout; }
    public Duration ackTimeout() { return ackTimeout; }
    public int maxAttempts() { return maxAttempts; }
    public Duration maxWait() { return maxWait; }

    public Liveness liveness() {
        return new Liveness(onlineThreshold, staleThreshold);
    }
}
