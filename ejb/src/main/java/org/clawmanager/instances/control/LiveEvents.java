package org.clawmanager.instances.control;

import jakarta.enterprise.event.Event;
import org.clawmanager.instances.entity.Command;
import org.clawmanager.instances.entity.RuntimeInstance;

/** Builds the live-update signals browsers receive (instance status, command progress). */
public final class LiveEvents {

    private LiveEvents() {
    }

    public static void instance(Event<Signal> signals, RuntimeInstance i) {
        var b = jakarta.json.Json.createObjectBuilder().add("id", i.id()).add("name", i.name())
                .add("status", i.status().wire()).add("desiredPower", i.desiredPower().wire());
        if (i.reason() != null) {
            b.add("reason", i.reason());
        }
        if (i.message() != null) {
            b.add("message", i.message());
        }
        signals.fire(Signal.live(i.ownerId(), "instance", b.build().toString()));
    }

    public static void command(Event<Signal> signals, long ownerId, Command c) {
        var b = jakarta.json.Json.createObjectBuilder().add("id", c.id()).add("instanceId", c.instanceId())
                .add("type", c.type()).add("status", c.status().wire());
        if (c.reason() != null) {
            b.add("reason", c.reason());
        }
        signals.fire(Signal.live(ownerId, "command", b.build().toString()));
    }
}
