package org.clawmanager.instances.boundary;

import jakarta.json.JsonValue;
import java.time.Instant;
import org.clawmanager.instances.control.Json;
import org.clawmanager.instances.entity.Command;

/** A command as users and agents see it. */
public record CommandView(long id, long instanceId, String type, String status, String reason, JsonValue payload,
                          JsonValue result, String idempotencyKey, int timeoutSeconds, int attempts,
                          Instant createdAt, Instant dispatchedAt, Instant startedAt, Instant finishedAt) {

    public static CommandView of(Command c) {
        return new CommandView(c.id(), c.instanceId(), c.type(), c.status().wire(), c.reason(), Json.parse(c.payload()),
                Json.parse(c.result()), c.idempotencyKey(), c.timeoutSeconds(), c.attempts(), c.createdAt(),
                c.dispatchedAt(), c.startedAt(), c.finishedAt());
    }
}
