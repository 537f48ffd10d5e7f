package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Prometheus metrics of the gateway (scope "application", exported under /metrics). Metric handles are cached per
 * tag combination so recording costs a map lookup, not a registry lookup.
 */
@ApplicationScoped
public class GatewayMetrics {

    @Inject
    MetricRegistry registry;

    private final Map<String, Object> handles = new ConcurrentHashMap<>();

    public void request(String endpoint, String model, int status, Duration latency, long overheadMicros) {
        String m = model == null ? "none" : model;
        counter("gateway_requests_total", "endpoint", endpoint, "model", m, "status", Integer.toString(status)).inc();
        timer("gateway_request_latency", "endpoint", endpoint).update(latency);
        histogram("gateway_overhead_microseconds", "endpoint", endpoint).update(overheadMicros);
    }

    public void tokens(String model, long prompt, long completion, long costMicros) {
        counter("gateway_tokens_total", "model", model, "type", "prompt").inc(prompt);
        counter("gateway_tokens_total", "model", model, "type", "completion").inc(completion);
        counter("gateway_cost_micros_total", "model", model).inc(costMicros);
    }

    public void upstreamError(String provider, String kind) {
        counter("gateway_upstream_errors_total", "provider", provider, "kind", kind).inc();
    }

    public void limitHit(String code) {
        counter("gateway_limit_hits_total", "code", code).inc();
    }

    public void riskHit(String action) {
        counter("gateway_risk_hits_total", "action", action).inc();
    }

    private Counter counter(String name, String... tags) {
        return (Counter) handles.computeIfAbsent(key(name, tags), k -> registry.counter(name, tags(tags)));
    }

    private Timer timer(String name, String... tags) {
        return (Timer) handles.computeIfAbsent(key(name, tags), k -> registry.timer(name, tags(tags)));
    }

    private Histogram histogram(String name, String... tags) {
        return (Histogram) handles.computeIfAbsent(key(name, tags), k -> registry.histogram(name, tags(tags)));
    }

    private static String key(String name, String... tags) {
        return name + "|" + String.join("|", tags);
    }

    private static Tag[] tags(String... kv) {
        Tag[] t = new Tag[kv.length / 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = new Tag(kv[2 * i], kv[2 * i + 1]);
        }
        return t;
    }
}
