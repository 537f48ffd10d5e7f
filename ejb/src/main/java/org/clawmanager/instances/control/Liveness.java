package org.clawmanager.instances.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Agent liveness from the last heartbeat: online up to {@code onlineFor}, stale up to {@code staleFor}, offline
 * after. A replica that started after the last heartbeat measures from its own start (restart grace): a control
 * plane that was down for ten minutes must not declare every agent offline the moment it comes back.
 */
public record Liveness(Duration onlineFor, Duration staleFor) {

    public static final Liveness DEFAULT = new Liveness(Duration.ofSeconds(45), Duration.ofSeconds(120));

    public String of(Instant lastHeartbeat, Instant replicaStart, Instant now) {
        if (lastHeartbeat == null) {
            return "unregistered";
        }
        Instant from = lastHeartbeat.isBefore(replicaStart) ? replicaStart : lastHeartbeat;
        Duration age = Duration.between(from, now);
        if (age.compareTo(onlineFor) <= 0) {
            return "online";
        }
        return age.compareTo(staleFor) <= 0 ? "stale" : "offline";
    }
}
