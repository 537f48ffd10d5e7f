package org.clawmanager.instances.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Agent liveness from the last heartbeat: online up to {@code onlineFor}, stale up to {@code staleFor}, offline
 * after. A replica that started after the last heartbeat measures from its own start (restart grace): a control
 * plane that was down for ten minutes must not declare every agent offline the moment it comes back.
 * When the driver has observed the runtime gone (stopped, or its process exited), the agent is offline at once
 * unless it has sent a heartbeat since then: it cannot be running, whatever its last beat says.
 */
public record Liveness(Duration onlineFor, Duration staleFor) {

    public static final Liveness DEFAULT = new Liveness(Duration.ofSeconds(45), Duration.ofSeconds(120));

    public String of(Instant lastHeartbeat, Instant replicaStart, Instant now) {
        return of(lastHeartbeat, replicaStart, now, null);
    }

    /** {@code runtimeGoneSince}: when the runtime was observed stopped or exited, null while it may be running. */
    public String of(Instant lastHeartbeat, Instant replicaStart, Instant now, Instant runtimeGoneSince) {
        if (lastHeartbeat == null) {
            return "unregistered";
        }
        // the observation time is stored to the second: a beat in that same second may predate the stop
        if (runtimeGoneSince != null
                && !lastHeartbeat.isAfter(runtimeGoneSince.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1))) {
            return "offline";
        }
        Instant from = lastHeartbeat.isBefore(replicaStart) ? replicaStart : lastHeartbeat;
        Duration age = Duration.between(from, now);
        if (age.compareTo(onlineFor) <= 0) {
            return "online";
        }
        return age.compareTo(staleFor) <= 0 ? "stale" : "offline";
    }
}
