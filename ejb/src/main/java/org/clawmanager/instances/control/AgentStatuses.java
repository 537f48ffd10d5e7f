package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.clawmanager.instances.boundary.InstanceView;
import org.clawmanager.instances.entity.AgentSession;
import org.clawmanager.instances.entity.InstanceStatus;
import org.clawmanager.instances.entity.RuntimeInstance;

/** Builds instance views with the agent's liveness: the newer of the buffered and the stored heartbeat counts. */
@ApplicationScoped
public class AgentStatuses {

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    HeartbeatBuffer buffer;

    @Inject
    AgentSettings settings;

    @Inject
    ReplicaStart replicaStart;

    @Inject
    Clock clock;

    public InstanceView view(RuntimeInstance i) {
        return view(i, em.find(AgentSession.class, i.id()));
    }

    public InstanceView view(RuntimeInstance i, AgentSession a) {
        Instant last = lastHeartbeat(i.id(), a);
        return InstanceView.of(i, a, settings.liveness().of(last, replicaStart.startedAt(), clock.instant(),
                runtimeGoneSince(i)), last);
    }

    /**
     * When the instance's runtime was observed gone: status {@code stopped}, or {@code error} because the process
     * exited (crash loop included). {@code updatedAt} moves whenever the observed status changes, so it is no earlier
     * than the observation that the runtime is gone. Null while the runtime may be running.
     */
    static Instant runtimeGoneSince(RuntimeInstance i) {
        boolean gone = i.status() == InstanceStatus.STOPPED || (i.status() == InstanceStatus.ERROR
                && ("ProcessExited".equals(i.reason()) || "CrashLoopBackOff".equals(i.reason())));
        return gone ? i.updatedAt() : null;
    }

    public Instant lastHeartbeat(long instanceId, AgentSession a) {
        if (a == null) {
            return null;
        }
        Instant buffered = buffer.latest(instanceId);
        return buffered != null && buffered.isAfter(a.lastHeartbeatAt()) ? buffered : a.lastHeartbeatAt();
    }
}
