package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.List;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.gateway.entity.ProviderKind;
import org.clawmanager.platform.errors.ErrorKind;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tries the planned deployments in order: retryable failures (connect errors, timeouts, 429, 5xx) move on to the
 * next deployment or fallback model after a short exponential backoff; a non-retryable upstream answer (e.g. 400)
 * is passed to the client; when everything failed the client gets 502 (or 504 when the last failure was a timeout).
 */
@ApplicationScoped
public class Attempts {

    @Inject
    MockUpstream mock;

    @Inject
    OpenAiUpstream openai;

    @Inject
    AnthropicUpstream anthropic;

    @Inject
    CircuitBreaker breaker;

    @Inject
    GatewayMetrics metrics;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.max-attempts", defaultValue = "4")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.backoff-ms", defaultValue = "50")
    long backoffMillis;

    /** A successful attempt: the deployment that answered and its answer. */
    public record Served(Route route, UpstreamResponse response) {
    }

    public Upstream upstream(ProviderKind kind) {
        return switch (kind) {
            case MOCK -> mock;
            case OPENAI -> openai;
            case ANTHROPIC -> anthropic;
        };
    }

    public Served call(Exchange x, List<Route> plan, Upstream.Call call, JsonObject body, boolean stream) {
        UpstreamException last = null;
        int tried = 0;
        // the plan in order (deployments, then fallbacks), again from the start while attempts are left: a model
        // with a single deployment is retried on it
        for (int i = 0; i < plan.size() * maxAttempts && tried < maxAttempts; i++) {
            Route route = plan.get(i % plan.size());
            if (!breaker.allows(route.id())) {
                x.attempt(route.model(), route.provider().name(), "circuit-open", 0);
                continue;
            }
            if (tried > 0) {
                backoff(tried);
            }
            tried++;
            x.attempts = tried;
            long t = System.nanoTime();
            try {
                UpstreamResponse r = upstream(route.provider().kind()).send(route, call, body, stream);
                x.upstreamNanos += System.nanoTime() - t;
                breaker.success(route.id());
                x.attempt(route.model(), route.provider().name(), "ok", (System.nanoTime() - t) / 1_000_000);
                if (!route.model().equals(plan.get(0).model())) {
                    x.event("gateway.request.fallback", route.model() + " via " + route.provider().name());
                } else if (tried > 1) {
                    x.event("gateway.request.retried", "attempt " + tried + " on " + route.provider().name());
                }
                return new Served(route, r);
            } catch (UpstreamException e) {
                x.upstreamNanos += System.nanoTime() - t;
                x.attempt(route.model(), route.provider().name(), e.kind() == UpstreamException.Kind.STATUS
                        ? "status-" + e.status() : e.kind().name().toLowerCase(), (System.nanoTime() - t) / 1_000_000);
                metrics.upstreamError(route.provider().name(), e.kind() == UpstreamException.Kind.STATUS
                        ? Integer.toString(e.status()) : e.kind().name().toLowerCase());
                last = e;
                if (!e.retryable()) {
                    x.provider = route.provider().name();
                    x.servedModel = route.model();
                    throw new UpstreamRejected(e.status(), e.body(), e.getMessage());
                }
                breaker.failure(route.id());
            }
        }
        if (last == null) {
            throw new GatewayException(ErrorKind.UNAVAILABLE, "no_healthy_deployment",
                    "No deployment of this model is available right now; try again later.");
        }
        if (last.kind() == UpstreamException.Kind.TIMEOUT) {
            throw new GatewayException(ErrorKind.UPSTREAM_TIMEOUT, "upstream_timeout",
                    "The model provider did not answer in time (" + tried + " attempt(s)).");
        }
        throw new GatewayException(ErrorKind.UPSTREAM_FAILED, "upstream_error",
                "The model provider failed (" + last.getMessage() + "; " + tried + " attempt(s)).");
    }

    private void backoff(int attempt) {
        long ms = Math.min(1000, backoffMillis << Math.min(6, attempt - 1));
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
