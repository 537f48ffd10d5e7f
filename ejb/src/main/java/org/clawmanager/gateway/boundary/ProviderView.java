package org.clawmanager.gateway.boundary;

import java.time.Instant;
import java.util.Map;
import org.clawmanager.gateway.entity.Provider;

/** A provider as the API shows it: whether a key is set, never the key. */
public record ProviderView(long id, String name, String kind, String baseUrl, String apiVersion,
                           Map<String, String> settings, boolean enabled, boolean hasApiKey, Instant createdAt,
                           Instant updatedAt) {

    static ProviderView of(Provider p, Map<String, String> settings) {
        return new ProviderView(p.id(), p.name(), p.kind().wire(), p.baseUrl(), p.apiVersion(), settings, p.enabled(),
                p.apiKeyEnc() != null, p.createdAt(), p.updatedAt());
    }
}
