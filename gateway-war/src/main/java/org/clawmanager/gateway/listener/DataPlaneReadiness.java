package org.clawmanager.gateway.listener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the data-plane port is configured but not listening (e.g. another process holds it): agents and
 * the ingress send model traffic there, so such a replica must not receive it.
 */
@Readiness
@ApplicationScoped
public class DataPlaneReadiness implements HealthCheck {

    @Inject
    DataPlaneListener listener;

    @Override
    public HealthCheckResponse call() {
        if (!listener.enabled()) {
            return HealthCheckResponse.named("gateway-data-plane").up().withData("port", "off").build();
        }
        int port = listener.boundPort();
        return HealthCheckResponse.named("gateway-data-plane").status(port > 0).withData("port", port).build();
    }
}
