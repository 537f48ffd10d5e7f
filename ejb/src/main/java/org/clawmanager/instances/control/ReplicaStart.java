package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.clawmanager.platform.startup.StartupSequence;

/** When this replica started serving; liveness counts from here for agents last seen before (restart grace). */
@ApplicationScoped
public class ReplicaStart {

    private volatile Instant startedAt;

    @Inject
    Clock clock;

    void onStart(@Observes StartupSequence.Started started) {
        startedAt = clock.instant();
    }

    public Instant startedAt() {
        Instant s = startedAt;
        return s == null ? Instant.EPOCH : s;
    }
}
