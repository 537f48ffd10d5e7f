package org.clawmanager.agent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Agent protocol v1 over HTTP (docs/agent-protocol.md); one method per endpoint. */
public class ProtocolClient {

    private static final String BASE = "/api/agent/v1/";
    private final String baseUrl;
    private final HttpClient http;
    private volatile String sessionToken;

    public ProtocolClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public JsonObject register(long instanceId, String bootstrapToken, String version) throws IOException {
        JsonObject body = Json.createObjectBuilder().add("instanceId", instanceId).add("protocolVersion", "v1")
                .add("agentVersion", version).build();
        JsonObject r = send("POST", "register", body, bootstrapToken, Duration.ofSeconds(15)).orElseThrow();
        sessionToken = r.getString("sessionToken");
        return r;
    }

    public JsonObject heartbeat(String runtimeStatus, long configRevision) throws IOException {
        JsonObject body = Json.createObjectBuilder().add("runtimeStatus", runtimeStatus)
                .add("configRevision", configRevision).build();
        return send("POST", "heartbeat", body, sessionToken, Duration.ofSeconds(10)).orElseThrow();
    }

    public void report(JsonObject report) throws IOException {
        send("POST", "state", report, sessionToken, Duration.ofSeconds(10));
    }

    /** The next command, or empty after {@code waitSeconds} without one. */
    public Optional<JsonObject> next(int waitSeconds) throws IOException {
        return send("GET", "commands/next?wait=" + waitSeconds, null, sessionToken,
                Duration.ofSeconds(waitSeconds + 15L));
    }

    public JsonObject start(long commandId) throws IOException {
        return send("POST", "commands/" + commandId + "/start", JsonValue.EMPTY_JSON_OBJECT, sessionToken,
                Duration.ofSeconds(10)).orElseThrow();
    }

    public JsonObject finish(long commandId, boolean succeeded, JsonValue result, String error) throws IOException {
        var b = Json.createObjectBuilder().add("status", succeeded ? "succeeded" : "failed");
        if (result != null) {
            b.add("result", result);
        }
        if (error != null) {
            b.add("error", error.length() > 1000 ? error.substring(0, 1000) : error);
        }
        return send("POST", "commands/" + commandId + "/finish", b.build(), sessionToken, Duration.ofSeconds(10))
                .orElseThrow();
    }

    private Optional<JsonObject> send(String method, String path, JsonObject body, String token, Duration timeout)
            throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + BASE + path)).timeout(timeout)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("X-Agent-Token", token);
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (r.statusCode() == 204) {
            return Optional.empty();
        }
        JsonObject json = parse(r.body());
        if (r.statusCode() >= 300) {
            throw new ProtocolException(r.statusCode(), json.getString("code", "unknown"),
                    json.getString("detail", r.body()));
        }
        return Optional.of(json);
    }

    private static JsonObject parse(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue v = reader.readValue();
            return v instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
