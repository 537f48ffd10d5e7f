package org.clawmanager.gateway.boundary;

import java.time.Instant;
import java.util.List;

/** The answer to creating or rotating a key: the only time the secret ({@code key}) is ever shown. */
public record CreatedKey(long id, String key, String name, String prefix, long userId, Long instanceId,
                         List<String> allowedModels, Instant createdAt, Instant expiresAt) {

    static CreatedKey of(KeyView v, String secret) {
        return new CreatedKey(v.id(), secret, v.name(), v.prefix(), v.userId(), v.instanceId(), v.allowedModels(),
                v.createdAt(), v.expiresAt());
    }
}
