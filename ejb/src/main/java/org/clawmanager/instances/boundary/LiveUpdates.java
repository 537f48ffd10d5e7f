package org.clawmanager.instances.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clawmanager.instances.control.Signal;
import org.clawmanager.platform.caller.Caller;
import org.clawmanager.platform.sharedstate.EventBus;
import org.clawmanager.platform.startup.StartupSequence;

/**
 * Instance status and command progress for browsers (the SSE stream of the web module). Changes are published on
 * the event bus by whichever replica made them, so a browser connected to any replica sees them; each subscriber
 * gets only the events of instances it may see.
 */
@ApplicationScoped
public class LiveUpdates {

    /** A browser's stream: {@code send(kind, json)} returns false once the client is gone. */
    public interface Listener {
        boolean send(String kind, String json);
    }

    private record Subscriber(Long userId, boolean seesAll, Listener listener) {
    }

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    @Inject
    EventBus bus;

    void onStart(@Observes StartupSequence.Started started) {
        bus.subscribe(Signal.LIVE, this::deliver);
    }

    public AutoCloseable subscribe(Caller caller, Listener listener) {
        Subscriber s = new Subscriber(caller.userId(), caller.seesAllResources(), listener);
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    public int subscribers() {
        return subscribers.size();
    }

    private void deliver(String message) {
        String[] parts = message.split(" ", 3);
        if (parts.length != 3) {
            return;
        }
        long owner;
        try {
            owner = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return;
        }
        for (Subscriber s : subscribers) {
            if (s.seesAll() || Long.valueOf(owner).equals(s.userId())) {
                boolean alive;
                try {
                    alive = s.listener().send(parts[1], parts[2]);
                } catch (RuntimeException e) {
                    alive = false;
                }
                if (!alive) {
                    subscribers.remove(s);
                }
            }
        }
    }
}
