package org.clawmanager.gateway.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.clawmanager.risk.boundary.Hit;

/**
 * Everything recorded about one gateway request while it runs; {@link #toJson()} is the journal line (and later the
 * {@code gw_records} row). Not thread-safe: one per request.
 */
public final class Exchange {

    public final String traceId = traceId();
    public final Instant at = Instant.now();
    public final long startNanos;
    public final String endpoint;
    public KeyInfo key;
    public String requestedModel;
    public String servedModel;
    public String provider;
    public boolean stream;
    public long promptTokens;
    public long completionTokens;
    public long cachedTokens;
    public long reasoningTokens;
    public String usageSource = "none";
    public BigDecimal cost = BigDecimal.ZERO;
    public long costMicros;
    public Long priceVersion;
    public long upstreamNanos;
    public long firstByteNanos;
    public int status = 200;
    public String error;
    public String riskAction;
    /**
     * Served by the designated secure (internal) model: a REROUTE hit in its answer is satisfied (the text never left
     * the internal model) and is recorded, not withheld.
     */
    public boolean secureModel;
    public int attempts;
    public String requestText;
    public String responseText;
    private final JsonArrayBuilder events = Jsons.JSON.createArrayBuilder();
    private final JsonArrayBuilder hits = Jsons.JSON.createArrayBuilder();
    private final JsonArrayBuilder tries = Jsons.JSON.createArrayBuilder();

    public Exchange(String endpoint, long startNanos) {
        this.endpoint = endpoint;
        this.startNanos = startNanos;
    }

    public void event(String type, String detail) {
        JsonObjectBuilder e = Jsons.JSON.createObjectBuilder().add("type", type)
                .add("atMs", (System.nanoTime() - startNanos) / 1_000_000);
        if (detail != null) {
            e.add("detail", detail);
        }
        events.add(e);
    }

    public void hit(String direction, Hit h) {
        hits.add(Jsons.JSON.createObjectBuilder().add("direction", direction).add("ruleId", s(h.ruleId()))
                .add("ruleName", s(h.ruleName())).add("category", s(h.category())).add("severity", s(h.severity()))
                .add("action", h.action().name()).add("excerpt", s(h.excerpt())));
    }

    public void attempt(String model, String provider, String outcome, long millis) {
        tries.add(Jsons.JSON.createObjectBuilder().add("model", model).add("provider", provider).add("outcome", outcome)
                .add("ms", millis));
    }

    /**
     * A time-ordered (version 7, RFC 9562) UUID: 48 bits of Unix milliseconds, then 74 random bits from
     * {@link ThreadLocalRandom} ({@link UUID#randomUUID()}'s shared SecureRandom becomes a lock under load). Ordered ids
     * make inserts into the audit table's primary-key index append at its end instead of touching a random page (on
     * MariaDB the primary key is the clustered index). Trace ids are not secrets: reading a record needs the owner's
     * or an admin's session.
     */
    static String traceId() {
        return traceId(System.currentTimeMillis(), ThreadLocalRandom.current());
    }

    static String traceId(long epochMillis, java.util.random.RandomGenerator random) {
        long hi = (epochMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    /** Time the gateway itself spent (everything except waiting for the upstream). */
    public long overheadMicros() {
        return Math.max(0, (elapsedNanos() - upstreamNanos) / 1000);
    }

    /** The journal line, written with a generator (no builder tree per request: the line is written once). */
    public String toJson() {
        StringWriter out = new StringWriter(768);
        try (JsonGenerator g = Jsons.JSON.createGenerator(out)) {
            g.writeStartObject().write("traceId", traceId).write("at", at.toString()).write("endpoint", endpoint)
                    .write("stream", stream).write("promptTokens", promptTokens)
                    .write("completionTokens", completionTokens).write("cachedTokens", cachedTokens)
                    .write("reasoningTokens", reasoningTokens).write("usageSource", usageSource).write("cost", cost)
                    .write("latencyMs", (int) (elapsedNanos() / 1_000_000)).write("overheadUs", (int) overheadMicros())
                    .write("status", status).write("attempts", attempts);
            if (key != null) {
                g.write("keyId", key.id()).write("userId", key.userId());
                if (key.instanceId() != null) {
                    g.write("instanceId", key.instanceId());
                }
                if (key.teamId() != null) {
                    g.write("teamId", key.teamId());
                }
            }
            opt(g, "requestedModel", requestedModel);
            opt(g, "servedModel", servedModel);
            opt(g, "provider", provider);
            opt(g, "error", error);
            opt(g, "riskAction", riskAction);
            if (priceVersion != null) {
                g.write("priceVersion", priceVersion);
            }
            if (firstByteNanos > 0) {
                g.write("ttftMs", (int) ((firstByteNanos - startNanos) / 1_000_000));
            }
            g.writeStartObject("detail").write("events", events.build()).write("riskHits", hits.build())
                    .write("attempts", tries.build()).write("costMicros", costMicros).writeEnd();
            if (requestText != null || responseText != null) {
                g.writeStartObject("content");
                opt(g, "request", requestText);
                opt(g, "response", responseText);
                g.writeEnd();
            }
            g.writeEnd();
        }
        return out.toString();
    }

    private static void opt(JsonGenerator g, String k, String v) {
        if (v != null) {
            g.write(k, v);
        }
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }
}
