package org.clawmanager.platform.lease;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Who this replica is (for leases and logs) and when it started (for heartbeat grace after a restart). */
@ApplicationScoped
public class ReplicaIdentity {

    private final String id = hostname() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final Instant startedAt = Instant.now();

    public String id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    private static String hostname() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "replica";
            }
        }
        return host.length() > 64 ? host.substring(0, 64) : host;
    }
}
