package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Closes a request's books: fills in usage (estimated when the provider gave none — never a silent zero), costs it
 * with the price version in force, settles the limit reservations, updates the metrics and appends the audit
 * record to the journal. Called exactly once per request, before the last byte of the response is written.
 */
@ApplicationScoped
public class Recorder {

    private static final Logger LOG = Logger.getLogger(Recorder.class.getName());

    @Inject
    Journal journal;

    @Inject
    Limiter limiter;

    @Inject
    GatewayMetrics metrics;

    public void finish(Exchange x, ChatPipeline.Prepared p, String completionText) {
        if ("none".equals(x.usageSource) && x.servedModel != null) {
            x.completionTokens = Tokens.estimate(completionText);
            x.usageSource = "estimated";
            x.event("gateway.usage.estimated", "provider reported no usage");
        }
        if (x.servedModel == null) {
            x.promptTokens = 0;
            x.completionTokens = 0;
        }
        PriceInfo price = p == null ? null : p.price();
        if (price != null && x.servedModel != null && !x.servedModel.equals(price.model())) {
            price = null; // a fallback or reroute served it: cost with that model's own price
        }
        if (price == null && x.servedModel != null && p != null) {
            price = p.priceOf(x.servedModel, x.at);
        }
        if (price != null) {
            x.cost = price.cost(x.promptTokens, x.completionTokens, x.cachedTokens);
            x.costMicros = price.micros(x.promptTokens, x.completionTokens, x.cachedTokens);
            x.priceVersion = price.version();
        }
        if (p != null) {
            limiter.settle(p.reservation(), x.promptTokens + x.completionTokens, x.costMicros);
        }
        x.event(x.status < 400 ? "gateway.request.completed" : "gateway.request.failed",
                x.status < 400 ? null : x.error);
        metrics.request(x.endpoint, x.servedModel != null ? x.servedModel : x.requestedModel, x.status,
                Duration.ofNanos(x.elapsedNanos()), x.overheadMicros());
        if (x.servedModel != null) {
            metrics.tokens(x.servedModel, x.promptTokens, x.completionTokens, x.costMicros);
        }
        if (x.key == null) {
            return; // unauthenticated noise is counted in metrics, not stored
        }
        try {
            journal.append(x.toJson());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "gateway journal append failed for " + x.traceId, e);
            throw e;
        }
    }
}
