package org.clawmanager.platform.sharedstate;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** In-process bus for the embedded default (one replica). Listeners run on {@code executor}, never on the publisher. */
public class LocalEventBus implements EventBus {

    private final TopicListeners listeners;

    public LocalEventBus(Executor executor) {
        this.listeners = new TopicListeners(executor);
    }

    @Override
    public void publish(String topic, String message) {
        listeners.deliver(topic, message);
    }

    @Override
    public Subscription subscribe(String topic, Consumer<String> listener) {
        return listeners.add(topic, listener);
    }

    @Override
    public boolean healthy() {
        return true;
    }
}
