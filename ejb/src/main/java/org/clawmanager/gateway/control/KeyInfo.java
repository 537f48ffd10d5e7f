package org.clawmanager.gateway.control;

import java.time.Instant;
import java.util.Set;

/** What the hot path knows about a key: who it is attributed to and what it may call. */
public record KeyInfo(long id, String hash, long userId, Long instanceId, Long teamId, Set<String> allowedModels,
                      Instant expiresAt) {

    public boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
