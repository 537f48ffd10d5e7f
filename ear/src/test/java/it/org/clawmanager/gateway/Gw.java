package it.org.clawmanager.gateway;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Helpers of the gateway ITs: keys through the management API, raw /v1 calls, and SDK clients. */
final class Gw {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code /v1} on Liberty's HTTP port. */
    static final String LIBERTY_V1 = Api.BASE + "/v1";

    /** {@code /v1} on the gateway's data-plane listener of the same server. */
    static final String DATA_PLANE_V1 = System.getProperty("it.gateway.url", "http://127.0.0.1:9181") + "/v1";

    private Gw() {
    }

    /** Creates a key for the session's user and returns the secret. */
    static String key(Session s, String name) {
        Reply r = s.post("/api/gateway/keys", Json.createObjectBuilder().add("name", name).build().toString());
        if (r.status() != 201) {
            throw new IllegalStateException("key creation failed: " + r);
        }
        return r.json().getString("key");
    }

    static JsonObject keyCreation(Session s, String body) {
        Reply r = s.post("/api/gateway/keys", body);
        if (r.status() != 201) {
            throw new IllegalStateException("key creation failed: " + r);
        }
        return r.json();
    }

    /** The official OpenAI SDK pointed at the gateway: only base URL and key differ from a stock client. */
    static OpenAIClient sdk(String key) {
        return sdk(LIBERTY_V1, key);
    }

    static OpenAIClient sdk(String v1, String key) {
        return OpenAIOkHttpClient.builder().baseUrl(v1).apiKey(key).maxRetries(0)
                .timeout(Duration.ofSeconds(30)).build();
    }

    static Reply post(String key, String path, String body) {
        return send("POST", key, path, body, "application/json", Map.of());
    }

    static Reply get(String key, String path) {
        return send("GET", key, path, null, null, Map.of());
    }

    static Reply send(String method, String key, String path, String body, String type, Map<String, String> headers) {
        return send(LIBERTY_V1, method, key, path, body, type, headers);
    }

    static Reply send(String v1, String method, String key, String path, String body, String type,
                      Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(v1 + path))
                .timeout(Duration.ofSeconds(60)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String chat(String model, String text) {
        return Json.createObjectBuilder().add("model", model).add("messages", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("role", "user").add("content", text))).build().toString();
    }

    /** True for the OpenAI error envelope with the given status. */
    static boolean isOpenAiError(Reply r, int status) {
        if (r.status() != status || !r.contentType().startsWith("application/json")) {
            return false;
        }
        JsonObject e = r.json().getJsonObject("error");
        return e != null && e.containsKey("message") && e.containsKey("type") && e.containsKey("code")
                && e.containsKey("param") && !r.body().contains("Exception");
    }

    /** The audit record of a trace, read as admin (waits for nothing: the read drains the journal). */
    static JsonObject record(String traceId) {
        Reply r = Api.admin().get("/api/gateway/audit/" + traceId);
        if (r.status() != 200) {
            throw new IllegalStateException("record " + traceId + ": " + r);
        }
        return r.json();
    }
}
