package org.clawmanager.gateway.boundary;

import org.clawmanager.gateway.control.Jsons;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clawmanager.gateway.control.AnthropicEgress;
import org.clawmanager.gateway.control.AnthropicIngress;
import org.clawmanager.gateway.control.Attempts;
import org.clawmanager.gateway.control.Catalog;
import org.clawmanager.gateway.control.CatalogSnapshot;
import org.clawmanager.gateway.control.ChatPipeline;
import org.clawmanager.gateway.control.Exchange;
import org.clawmanager.gateway.control.Access;
import org.clawmanager.gateway.control.KeyCache;
import org.clawmanager.gateway.control.KeyInfo;
import org.clawmanager.gateway.control.Recorder;
import org.clawmanager.gateway.control.Relay;
import org.clawmanager.gateway.control.Route;
import org.clawmanager.gateway.control.StreamRelay;
import org.clawmanager.gateway.control.Upstream;
import org.clawmanager.gateway.control.UpstreamRejected;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.AuthenticationException;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.platform.errors.ErrorKind;

/**
 * The gateway's hot path, called by the gateway WAR for every {@code /v1} request: authenticate the key, prepare
 * (model, allow-lists, risk, limits), call the upstreams with retries and fallbacks, relay the answer and record it.
 * A plain CDI bean, not an EJB: no transaction and no database query per request — keys, routes, prices and limits
 * come from memory, the audit record goes to the local journal.
 */
@ApplicationScoped
public class Gateway {

    public enum Endpoint { CHAT, EMBEDDINGS }

    @Inject
    KeyCache keys;

    @Inject
    Catalog catalog;

    @Inject
    ChatPipeline pipeline;

    @Inject
    Attempts attempts;

    @Inject
    Relay relay;

    @Inject
    StreamRelay streams;

    @Inject
    Recorder recorder;

    /** The key of an {@code Authorization: Bearer} header (or {@code x-api-key}); 401 when unknown or expired. */
    public KeyInfo authenticate(String authorization, String apiKeyHeader) {
        String secret = null;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            secret = authorization.substring(7).trim();
        } else if (apiKeyHeader != null) {
            secret = apiKeyHeader.trim();
        }
        if (secret == null || secret.isEmpty()) {
            throw new AuthenticationException("missing_api_key", "You didn't provide an API key. Send it as "
                    + "'Authorization: Bearer YOUR_KEY'.");
        }
        KeyInfo key = keys.find(secret);
        if (key == null || key.expired(Instant.now())) {
            throw new AuthenticationException("invalid_api_key", "Incorrect API key provided.");
        }
        return key;
    }

    /**
     * Serves one chat or embeddings request. Errors before the answer started are thrown as {@link DomainException}s
     * (after being recorded) for the WAR to turn into the OpenAI error envelope; the trace id header is always set.
     */
    public void handle(Endpoint endpoint, String authorization, String apiKeyHeader, byte[] body, long startNanos,
                       ResponseSink sink) throws IOException {
        Exchange x = new Exchange(endpoint == Endpoint.CHAT ? "chat" : "embeddings", startNanos);
        sink.header("X-Trace-Id", x.traceId);
        ChatPipeline.Prepared prepared = null;
        try {
            x.key = authenticate(authorization, apiKeyHeader);
            JsonObject request = parse(body);
            boolean chat = endpoint == Endpoint.CHAT;
            prepared = pipeline.prepare(x, request, chat);
            x.event("gateway.request.received", prepared.model());
            Attempts.Served served = attempts.call(x, prepared.plan(),
                    chat ? Upstream.Call.CHAT : Upstream.Call.EMBEDDINGS, prepared.body(), prepared.stream());
            x.servedModel = served.route().model();
            x.provider = served.route().provider().name();
            sink.header("X-Served-Model", x.servedModel);
            if (prepared.stream()) {
                streams.relay(x, prepared, served, sink);
            } else {
                relay.whole(x, prepared, served, sink, chat);
            }
        } catch (UpstreamRejected e) {
            x.servedModel = null;
            record(x, prepared, e.status(), e.getMessage());
            throw rejected(e);
        } catch (DomainException e) {
            if (x.status < 400) {
                x.servedModel = x.usageSource.equals("none") ? null : x.servedModel;
                record(x, prepared, status(e.kind()), e.getMessage());
            }
            throw e;
        }
    }

    /**
     * {@code POST /v1/messages}: an Anthropic Messages request, served through the same pipeline as chat completions
     * and answered in Anthropic's format (streams included).
     */
    public void handleMessages(String authorization, String apiKeyHeader, byte[] body, long startNanos,
                               ResponseSink sink) throws IOException {
        authenticate(authorization, apiKeyHeader);
        JsonObject request = AnthropicIngress.toOpenAi(parse(body));
        handle(Endpoint.CHAT, authorization, apiKeyHeader, utf8(request.toString()), startNanos,
                new AnthropicEgress(sink, request.getString("model")));
    }

    private void record(Exchange x, ChatPipeline.Prepared prepared, int status, String error) {
        x.status = status;
        x.error = error;
        recorder.finish(x, prepared, "");
    }

    /** {@code GET /v1/models}: the models (and aliases) this key may call, as an OpenAI model list. */
    public String models(KeyInfo key) {
        CatalogSnapshot cat = catalog.get();
        Map<String, String> visible = new TreeMap<>();
        cat.routes().forEach((name, routes) -> {
            if (Access.allowed(cat, key, name, name)) {
                visible.put(name, routes.get(0).provider().name() + "|" + routes.get(0).kind());
            }
        });
        cat.aliases().forEach((alias, target) -> {
            List<Route> routes = cat.routesOf(target);
            if (!routes.isEmpty() && Access.allowed(cat, key, alias, target)) {
                visible.put(alias, routes.get(0).provider().name() + "|" + routes.get(0).kind() + "|" + target);
            }
        });
        JsonArrayBuilder data = Jsons.JSON.createArrayBuilder();
        visible.forEach((id, info) -> {
            String[] p = info.split("\\|");
            var m = Jsons.JSON.createObjectBuilder().add("id", id).add("object", "model").add("created", 0)
                    .add("owned_by", p[0]).add("type", p[1]);
            if (p.length > 2) {
                m.add("alias_of", p[2]);
            }
            data.add(m);
        });
        return Jsons.JSON.createObjectBuilder().add("object", "list").add("data", data).build().toString();
    }

    private static JsonObject parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid_json",
                    "We could not parse the JSON body of your request: the body is empty.");
        }
        try (JsonReader r = Jsons.reader(body)) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid_json",
                        "The request body must be a JSON object.");
            }
            return v.asJsonObject();
        } catch (jakarta.json.JsonException e) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "invalid_json",
                    "We could not parse the JSON body of your request.");
        }
    }

    private static DomainException rejected(UpstreamRejected e) {
        String message = "The model provider rejected the request (" + e.status() + ")";
        String body = e.body() == null ? "" : e.body();
        try {
            JsonObject err = Jsons.JSON.createReader(new java.io.StringReader(body)).readObject().getJsonObject("error");
            if (err != null && err.containsKey("message")) {
                message = message + ": " + err.getString("message", "");
            }
        } catch (RuntimeException ignored) {
            // not JSON: keep the generic message
        }
        return switch (e.status()) {
            case 400, 404, 409, 413, 422 -> new GatewayException(e.status() == 413 ? ErrorKind.PAYLOAD_TOO_LARGE
                    : ErrorKind.INVALID_INPUT, "upstream_rejected", message);
            default -> new GatewayException(ErrorKind.UPSTREAM_FAILED, "upstream_error", message);
        };
    }

    /** The HTTP status the gateway WAR answers for a kind (kept here so the audit record shows it too). */
    public static int status(ErrorKind kind) {
        return switch (kind) {
            case INVALID_INPUT -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case QUOTA_EXCEEDED, RATE_LIMITED -> 429;
            case UPSTREAM_FAILED -> 502;
            case UNAVAILABLE -> 503;
            case UPSTREAM_TIMEOUT -> 504;
        };
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
