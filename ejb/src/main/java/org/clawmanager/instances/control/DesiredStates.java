package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.clawmanager.instances.entity.RuntimeInstance;

/**
 * The desired state every heartbeat answer carries, cached per instance so heartbeats need no database read.
 * A change anywhere in the cluster evicts the entry through the event bus; entries also expire after 30
 * seconds, so a lost bus message delays an agent by that much at most.
 */
@ApplicationScoped
public class DesiredStates {

    private static final Duration TTL = Duration.ofSeconds(30);

    public record Desired(String powerState, long configRevision, long generation) {
    }

    private record Entry(Desired desired, Instant loadedAt) {
    }

    private final ConcurrentHashMap<Long, Entry> cache = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "clawmanager")
    EntityManager em;

    @Inject
    Clock clock;

    /** Null when the instance no longer exists. */
    public Desired of(long instanceId) {
        Instant now = clock.instant();
        Entry e = cache.get(instanceId);
        if (e == null || e.loadedAt().plus(TTL).isBefore(now)) {
            RuntimeInstance i = em.find(RuntimeInstance.class, instanceId);
            if (i == null) {
                cache.remove(instanceId);
                return null;
            }
            e = new Entry(of(i), now);
            cache.put(instanceId, e);
        }
        return e.desired();
    }

    public static Desired of(RuntimeInstance i) {
        return new Desired(i.desiredPower().wire(), i.desiredConfigRevision(), i.generation());
    }

    public void evict(long instanceId) {
        cache.remove(instanceId);
    }
}
