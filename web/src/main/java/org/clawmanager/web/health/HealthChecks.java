package org.clawmanager.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.clawmanager.platform.health.DependencyChecks;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Health per probe (/health/started, /health/live, /health/ready). Startup: the schema is migrated. Readiness: the
 * database answers, and so do Redis and object storage when configured. Liveness: the process serves; dependency
 * outages take a replica out of rotation but never restart it.
 */
@ApplicationScoped
public class HealthChecks {

    @Inject
    DependencyChecks checks;

    @Produces
    @Startup
    HealthCheck schema() {
        return () -> HealthCheckResponse.named("schema").status(checks.schemaReady()).build();
    }

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.named("process").up().build();
    }

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> HealthCheckResponse.named("database").status(checks.databaseAnswers()).build();
    }

    @Produces
    @Readiness
    HealthCheck redis() {
        return () -> HealthCheckResponse.named("redis").status(checks.redisUp())
                .withData("mode", checks.redisConfigured() ? "redis" : "in-process").build();
    }

    @Produces
    @Readiness
    HealthCheck objectStorage() {
        return () -> HealthCheckResponse.named("object-storage").status(checks.objectStorageUp()).build();
    }
}
