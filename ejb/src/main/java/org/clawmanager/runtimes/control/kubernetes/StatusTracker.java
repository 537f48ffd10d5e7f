package org.clawmanager.runtimes.control.kubernetes;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;

/**
 * Recomputes an instance's status whenever an informer reports a change to one of its objects and tells the
 * listeners when phase, reason, message or generation differ from what they were last told. Listeners hear about
 * changes after the caches are in sync; the state at that moment is what {@link #observeAll()} returns.
 */
final class StatusTracker {

    private final StatusMapper mapper;
    private final Clock clock;
    private final List<Consumer<ObservedRuntime>> listeners;
    private final SerialDispatch dispatch;
    private final Map<Long, ObservedRuntime> told = new ConcurrentHashMap<>();
    private volatile ClusterCaches caches;
    private volatile boolean synced;

    StatusTracker(StatusMapper mapper, Clock clock, List<Consumer<ObservedRuntime>> listeners,
                  SerialDispatch dispatch) {
        this.mapper = mapper;
        this.clock = clock;
        this.listeners = listeners;
        this.dispatch = dispatch;
    }

    void attach(ClusterCaches caches) {
        this.caches = caches;
    }

    /** Called once the caches hold a full list: remembers the current state as already known. */
    void synced() {
        caches.instanceIds().forEach(id -> told.put(id, observe(id)));
        synced = true;
    }

    /** Called from informer threads for every add, update, delete and resync of an instance's objects. */
    void changed(long instanceId) {
        if (!synced) {
            return;
        }
        ObservedRuntime now = observe(instanceId);
        boolean gone = now.phase() == Phase.MISSING && now.reason() == null;
        told.compute(instanceId, (id, before) -> {
            if (!same(before, now) && !(before == null && gone) && !listeners.isEmpty()) {
                // enqueued while holding this instance's entry: two informer threads cannot reorder its changes
                dispatch.submit(() -> listeners.forEach(l -> l.accept(now)));
            }
            return gone ? null : now;
        });
    }

    Map<Long, ObservedRuntime> observeAll() {
        Map<Long, ObservedRuntime> all = new LinkedHashMap<>();
        caches.instanceIds().forEach(id -> all.put(id, observe(id)));
        return all;
    }

    private ObservedRuntime observe(long instanceId) {
        return mapper.map(caches.view(instanceId), clock.instant());
    }

    private static boolean same(ObservedRuntime a, ObservedRuntime b) {
        return a != null && b != null && a.phase() == b.phase() && Objects.equals(a.reason(), b.reason())
                && Objects.equals(a.message(), b.message()) && a.generation() == b.generation();
    }
}
