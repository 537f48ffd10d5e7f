package org.clawmanager.platform.sharedstate;

import java.util.function.Consumer;

/**
 * Cluster-wide publish/subscribe for small, loss-tolerant notifications (cache invalidation, live updates,
 * wake-ups). The database stays the source of truth: a listener that misses a message must still converge
 * on its next read. Redis pub/sub in production, in-process in the embedded default.
 */
public interface EventBus {

    void publish(String topic, String message);

    /** Delivers every later message on {@code topic} published by any replica, including this one. */
    Subscription subscribe(String topic, Consumer<String> listener);

    /** Whether messages currently reach other replicas. */
    boolean healthy();

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
