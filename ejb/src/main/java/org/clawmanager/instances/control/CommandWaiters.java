package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agents' long polls waiting on this replica, by instance. A wake-up (a new command for the instance, from any
 * replica via the event bus) runs each waiter's callback once; the waiter then reads the database again.
 */
@ApplicationScoped
public class CommandWaiters {

    private final ConcurrentHashMap<Long, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    public void add(long instanceId, Runnable onWake) {
        waiting.computeIfAbsent(instanceId, k -> ConcurrentHashMap.newKeySet()).add(onWake);
    }

    public void remove(long instanceId, Runnable onWake) {
        waiting.computeIfPresent(instanceId, (k, set) -> {
            set.remove(onWake);
            return set.isEmpty() ? null : set;
        });
    }

    public void wake(long instanceId) {
        Set<Runnable> set = waiting.remove(instanceId);
        if (set != null) {
            set.forEach(Runnable::run);
        }
    }

    public int size() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }
}
