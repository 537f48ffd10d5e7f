package org.clawmanager.gateway.boundary;

import java.time.Instant;
import java.util.List;
import org.clawmanager.gateway.control.CatalogLoader;
import org.clawmanager.gateway.entity.ModelDeployment;

public record ModelView(long id, String name, long providerId, String upstreamModel, String kind, int weight,
                        boolean secure, List<String> fallbacks, boolean enabled, Instant createdAt) {

    static ModelView of(ModelDeployment d) {
        return new ModelView(d.id(), d.name(), d.providerId(), d.upstreamModel(), d.kind(), d.weight(), d.secure(),
                CatalogLoader.csv(d.fallbacks()), d.enabled(), d.createdAt());
    }
}
