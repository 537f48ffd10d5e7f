package org.clawmanager.gateway.boundary;

import java.time.Instant;
import java.util.List;
import org.clawmanager.gateway.control.CatalogLoader;
import org.clawmanager.gateway.entity.GatewayKey;

/** A key as the API shows it: never the secret or its hash, only the first characters to recognise it. */
public record KeyView(long id, String name, String prefix, long userId, Long instanceId, Long teamId,
                      List<String> allowedModels, Instant createdAt, Instant expiresAt, Instant revokedAt,
                      String status) {

    public static KeyView of(GatewayKey k, Instant now) {
        String status = k.revokedAt() != null ? "revoked" : k.usable(now) ? "active" : "expired";
        return new KeyView(k.id(), k.name(), k.prefix(), k.ownerId(), k.instanceId(), k.teamId(),
                CatalogLoader.csv(k.allowedModels()), k.createdAt(), k.expiresAt(), k.revokedAt(), status);
    }
}
