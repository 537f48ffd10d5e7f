package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Resilience against a fake OpenAI-compatible upstream in this JVM, configured through the admin API like any real
 * provider: retries on 500, fallbacks on 429 and timeouts, 502/504 when nothing works, non-retryable errors passed
 * through, circuit breaking, streams that outlive the first-token timeout, and client disconnects that cancel the
 * upstream call.
 */
class GatewayFaultIT {

    static FakeUpstream fake;
    static String key;
    static String p;

    @BeforeAll
    static void provider() throws Exception {
        fake = new FakeUpstream();
        p = UUID.randomUUID().toString().substring(0, 6);
        Reply prov = Api.admin().post("/api/gateway/providers", Json.createObjectBuilder().add("name", "fake-" + p)
                .add("kind", "openai").add("baseUrl", fake.baseUrl()).add("apiKey", "sk-fake-upstream")
                .add("settings", Json.createObjectBuilder().add("firstTokenTimeoutMs", "1000")
                        .add("connectTimeoutMs", "1000")).build().toString());
        assertThat(prov.status()).as(prov.toString()).isEqualTo(201);
        assertThat(prov.body()).doesNotContain("sk-fake-upstream");
        long id = prov.json().getJsonNumber("id").longValue();
        model(id, "ok-" + p, "ok", null);
        model(id, "retry-" + p, "fail-once-" + p, null);
        model(id, "fb429-" + p, "always-429", "ok-" + p);
        model(id, "slowfb-" + p, "slow", "ok-" + p);
        model(id, "slow-" + p, "slow", null);
        model(id, "dead-" + p, "always-500", null);
        model(id, "bad-" + p, "bad-request", null);
        model(id, "stream-" + p, "stream-slow", null);
        model(id, "endless-" + p, "stream-endless", null);
        Reply heavy = Api.admin().post("/api/gateway/models", "{\"name\":\"weighted-" + p + "\",\"providerId\":" + id
                + ",\"upstreamModel\":\"heavy-" + p + "\",\"weight\":3}");
        assertThat(heavy.status()).as(heavy.toString()).isEqualTo(201);
        Reply light = Api.admin().post("/api/gateway/models", "{\"name\":\"weighted-" + p + "\",\"providerId\":" + id
                + ",\"upstreamModel\":\"light-" + p + "\",\"weight\":1}");
        assertThat(light.status()).as(light.toString()).isEqualTo(201);
        key = Gw.key(Api.newUser("user"), "faults");
    }

    static void model(long provider, String name, String upstream, String fallback) {
        var b = Json.createObjectBuilder().add("name", name).add("providerId", provider).add("upstreamModel", upstream);
        if (fallback != null) {
            b.add("fallbacks", Json.createArrayBuilder().add(fallback));
        }
        Reply r = Api.admin().post("/api/gateway/models", b.build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void a500IsRetriedOnTheSameDeployment() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("retry-" + p, "hi"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(fake.calls("fail-once-" + p)).isEqualTo(2);
        JsonObject rec = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getInt("attempts")).isEqualTo(2);
        assertThat(rec.getJsonArray("attemptLog").getJsonObject(0).getString("outcome")).isEqualTo("status-500");
        assertThat(rec.getJsonArray("events").toString()).contains("gateway.request.retried");
    }

    @Test
    void a429FallsBackToTheNextModel() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("fb429-" + p, "hi"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("X-Served-Model")).contains("ok-" + p);
        assertThat(r.json().getJsonArray("choices").getJsonObject(0).getJsonObject("message").getString("content"))
                .isEqualTo("fake ok");
        JsonObject rec = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getString("requestedModel")).isEqualTo("fb429-" + p);
        assertThat(rec.getString("servedModel")).isEqualTo("ok-" + p);
        assertThat(rec.getJsonNumber("promptTokens").longValue()).isEqualTo(11);
        assertThat(rec.getJsonArray("events").toString()).contains("gateway.request.fallback");
    }

    @Test
    void aFirstTokenTimeoutFallsBack() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("slowfb-" + p, "hi"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.header("X-Served-Model")).contains("ok-" + p);
    }

    @Test
    void timeoutsWithoutFallbackAnswer504AndFailuresAnswer502() {
        Reply slow = Gw.post(key, "/chat/completions", Gw.chat("slow-" + p, "hi"));
        assertThat(Gw.isOpenAiError(slow, 504)).as(slow.toString()).isTrue();
        Reply dead = Gw.post(key, "/chat/completions", Gw.chat("dead-" + p, "hi"));
        assertThat(Gw.isOpenAiError(dead, 502) || Gw.isOpenAiError(dead, 503)).as(dead.toString()).isTrue();
        JsonObject rec = Gw.record(dead.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getInt("status")).isIn(502, 503);
        assertThat(rec.getJsonNumber("cost").doubleValue()).isZero();
    }

    @Test
    void aBrokenDeploymentTripsTheCircuitBreaker() {
        for (int i = 0; i < 3; i++) {
            Gw.post(key, "/chat/completions", Gw.chat("dead-" + p, "hi"));
        }
        int before = fake.calls("always-500");
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("dead-" + p, "hi"));
        assertThat(Gw.isOpenAiError(r, 503)).as(r.toString()).isTrue();
        assertThat(r.json().getJsonObject("error").getString("code")).isEqualTo("no_healthy_deployment");
        assertThat(fake.calls("always-500")).isEqualTo(before);
    }

    @Test
    void aNonRetryableUpstreamErrorIsPassedThroughOnce() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("bad-" + p, "hi"));
        assertThat(Gw.isOpenAiError(r, 400)).as(r.toString()).isTrue();
        assertThat(r.json().getJsonObject("error").getString("message")).contains("temperature is out of range");
        assertThat(fake.calls("bad-request")).isEqualTo(1);
    }

    @Test
    void aStreamLongerThanTheFirstTokenTimeoutIsNotCutAndIsMetered() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = Gw.HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"stream-" + p + "\",\"stream\":true,"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        StringBuilder all = new StringBuilder();
        long firstChunkMs = -1;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[4096];
            for (int n; (n = in.read(buf)) > 0; ) {
                if (firstChunkMs < 0) {
                    firstChunkMs = (System.nanoTime() - t0) / 1_000_000;
                }
                all.append(new String(buf, 0, n, StandardCharsets.UTF_8));
            }
        }
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(all.toString()).contains("part0", "part4").endsWith("data: [DONE]\n\n");
        assertThat(totalMs).isGreaterThan(1200); // longer than the 1 s first-token timeout
        assertThat(firstChunkMs).isLessThan(totalMs - 900); // chunks were passed on as they came, not buffered
        JsonObject rec = Gw.record(r.headers().firstValue("X-Trace-Id").orElseThrow());
        assertThat(rec.getInt("status")).isEqualTo(200);
        assertThat(rec.getString("usageSource")).isEqualTo("estimated");
        assertThat(rec.getJsonNumber("completionTokens").longValue()).isPositive();
    }

    @Test
    void aClientThatGoesAwayCancelsTheUpstreamStream() throws Exception {
        HttpResponse<InputStream> r = Gw.HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/v1/chat/completions"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"endless-" + p + "\",\"stream\":true,"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        String trace = r.headers().firstValue("X-Trace-Id").orElseThrow();
        try (InputStream in = r.body()) {
            assertThat(in.read(new byte[256])).isPositive();
        }
        assertThat(fake.endlessBroken.await(20, TimeUnit.SECONDS)).as("upstream stream cancelled").isTrue();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                Api.admin().get("/api/gateway/audit/" + trace).status() == 200);
        assertThat(Gw.record(trace).getInt("status")).isEqualTo(499);
    }

    @Test
    void trafficIsSpreadOverDeploymentsByWeight() {
        for (int i = 0; i < 60; i++) {
            assertThat(Gw.post(key, "/chat/completions", Gw.chat("weighted-" + p, "w" + i)).status()).isEqualTo(200);
        }
        int heavy = fake.calls("heavy-" + p);
        int light = fake.calls("light-" + p);
        assertThat(heavy + light).isEqualTo(60);
        assertThat(light).isPositive(); // P(0 of 60 at 1/4) < 1e-7
        assertThat(heavy).isGreaterThan(light); // expected 45 : 15; P(heavy <= light) < 1e-4
    }

    @Test
    void discoveryListsTheUpstreamModels() {
        Reply list = Api.admin().get("/api/gateway/providers");
        long id = list.jsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals("fake-" + p)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Reply r = Api.admin().post("/api/gateway/providers/" + id + "/discover", "");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getJsonArray("models").toString()).contains("\"ok\"", "\"always-500\"");
    }
}
