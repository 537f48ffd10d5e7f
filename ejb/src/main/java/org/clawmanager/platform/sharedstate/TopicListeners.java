package org.clawmanager.platform.sharedstate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The local listeners of a bus, by topic. Delivery happens in order on a serial executor (a status update never
 * overtakes the one before it) and a failing listener is logged without stopping the others.
 */
final class TopicListeners {

    private static final Logger LOG = Logger.getLogger(TopicListeners.class.getName());
    private final Map<String, List<Consumer<String>>> byTopic = new ConcurrentHashMap<>();
    private final Executor executor;

    TopicListeners(Executor executor) {
        this.executor = new SerialExecutor(executor);
    }

    EventBus.Subscription add(String topic, Consumer<String> listener) {
        byTopic.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> byTopic.getOrDefault(topic, List.of()).remove(listener);
    }

    void deliver(String topic, String message) {
        for (Consumer<String> listener : byTopic.getOrDefault(topic, List.of())) {
            executor.execute(() -> {
                try {
                    listener.accept(message);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "listener on topic " + topic + " failed", e);
                }
            });
        }
    }
}
