package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.Hit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The steps before an upstream call, shared by chat and embeddings: validate, resolve the model (aliases), check the
 * allow-lists, apply the request risk rules (block / redact / reroute to the secure model), and reserve the limits.
 */
@ApplicationScoped
public class ChatPipeline {

    @Inject
    Catalog catalog;

    @Inject
    Router router;

    @Inject
    RiskGate risk;

    @Inject
    Limiter limiter;

    @Inject
    GatewayMetrics metrics;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.default-max-tokens", defaultValue = "4096")
    long defaultMaxTokens;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.content.capture", defaultValue = "false")
    boolean capture;

    /** A request ready to send: the body to forward, the deployments to try, and what was reserved. */
    public record Prepared(JsonObject body, String model, List<Route> plan, PriceInfo price,
                           Limiter.Reservation reservation, boolean stream, CatalogSnapshot catalog) {

        public PriceInfo priceOf(String servedModel, Instant at) {
            return catalog.price(servedModel, at);
        }
    }

    public Prepared prepare(Exchange x, JsonObject req, boolean chat) {
        CatalogSnapshot cat = catalog.get();
        String requested = string(req, "model", true);
        x.requestedModel = requested;
        boolean stream = chat && bool(req, "stream");
        x.stream = stream;
        String model = cat.resolve(requested);
        List<Route> routes = cat.routesOf(model);
        if (routes.isEmpty()) {
            throw new GatewayException(ErrorKind.NOT_FOUND, "model_not_found",
                    "The model '" + requested + "' does not exist or you do not have access to it.", "model");
        }
        Access.check(cat, x.key, requested, model);
        if (routes.get(0).embedding() == chat) {
            throw GatewayException.invalid("model", "The model '" + requested + "' is " + (chat
                    ? "an embeddings model; use /v1/embeddings." : "a chat model; use /v1/chat/completions."));
        }
        JsonObject body = req;
        String promptText;
        if (chat) {
            if (!(req.get("messages") instanceof JsonArray messages) || messages.isEmpty()) {
                throw GatewayException.invalid("messages", "'messages' must be a non-empty array.");
            }
            for (JsonValue m : messages) {
                if (!(m instanceof JsonObject mo) || !(mo.get("role") instanceof JsonString)) {
                    throw GatewayException.invalid("messages", "Every message must be an object with a 'role'.");
                }
            }
            RiskGate.Outcome verdict = risk.inspectMessages(messages);
            model = applyRisk(x, verdict, requested, model, cat);
            x.secureModel = model.equals(cat.secureModel());
            if (verdict.messages() != messages) {
                body = Jsons.JSON.createObjectBuilder(body).add("messages", verdict.messages()).build();
            }
            promptText = Messages.flatten(verdict.messages());
        } else {
            JsonValue input = req.get("input");
            if (input == null || !(input instanceof JsonString || input instanceof JsonArray)) {
                throw GatewayException.invalid("input", "'input' must be a string or an array.");
            }
            promptText = input instanceof JsonString s ? s.getString() : input.toString();
        }
        if (capture) {
            x.requestText = promptText.length() > 65_536 ? promptText.substring(0, 65_536) : promptText;
        }
        if (stream) {
            JsonObjectBuilder so = req.get("stream_options") instanceof JsonObject o ? Jsons.JSON.createObjectBuilder(o)
                    : Jsons.JSON.createObjectBuilder();
            body = Jsons.JSON.createObjectBuilder(body).add("stream_options", so.add("include_usage", true)).build();
        }
        long promptEstimate = Tokens.estimate(promptText);
        long maxOut = chat ? maxTokens(req) : 0;
        PriceInfo price = cat.price(model, x.at);
        long estMicros = price == null ? 0 : price.micros(promptEstimate, maxOut, 0);
        Limiter.Reservation reservation;
        try {
            reservation = limiter.reserve(cat.limits(), new Limiter.Subjects(x.key.id(), x.key.userId(),
                    x.key.teamId(), x.key.instanceId(), model), promptEstimate + maxOut, estMicros, x.at);
        } catch (org.clawmanager.platform.errors.RateLimitedException e) {
            metrics.limitHit(e.code());
            x.event("gateway.limit.exceeded", e.getMessage());
            throw e;
        }
        x.promptTokens = promptEstimate;
        return new Prepared(body, model, router.plan(cat, model), price, reservation, stream, cat);
    }

    private String applyRisk(Exchange x, RiskGate.Outcome verdict, String requested, String model, CatalogSnapshot cat) {
        for (Hit h : verdict.hits()) {
            x.hit("request", h);
            metrics.riskHit(h.action().name());
        }
        if (verdict.hits().isEmpty()) {
            return model;
        }
        x.riskAction = verdict.action().name();
        x.event("gateway.risk.detected", verdict.hits().size() + " hit(s), action " + verdict.action());
        if (verdict.action() == Action.BLOCK || (verdict.action() == Action.REROUTE && cat.secureModel() == null)) {
            x.event("gateway.request.blocked", null);
            throw new GatewayException(ErrorKind.INVALID_INPUT, "content_policy_violation",
                    "The request was blocked by a risk rule (" + verdict.hits().get(0).ruleName() + ").", "messages");
        }
        if (verdict.action() == Action.REROUTE && !cat.secureModel().equals(model)) {
            x.event("gateway.request.rerouted", requested + " -> " + cat.secureModel());
            return cat.secureModel();
        }
        return model;
    }

    private long maxTokens(JsonObject req) {
        for (String k : new String[]{"max_completion_tokens", "max_tokens"}) {
            JsonValue v = req.get(k);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1) {
                throw GatewayException.invalid(k, "'" + k + "' must be a positive integer.");
            }
            return n.longValue();
        }
        return defaultMaxTokens;
    }

    static String string(JsonObject o, String k, boolean required) {
        JsonValue v = o.get(k);
        if (v instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        if (v == null && !required) {
            return null;
        }
        throw GatewayException.invalid(k, v == null ? "'" + k + "' is required." : "'" + k + "' must be a non-empty string.");
    }

    static boolean bool(JsonObject o, String k) {
        JsonValue v = o.get(k);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw GatewayException.invalid(k, "'" + k + "' must be a boolean.");
    }

    public Instant now() {
        return Instant.now();
    }
}
