package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the data-plane listener must get right on its own (the routes themselves are shared with Liberty's port and
 * covered by {@link DataPlaneSdkIT}): HTTP framing, bad requests, body limits while the body arrives, pipelining,
 * streams passed on as they come, and client disconnects that cancel the upstream call.
 */
class DataPlaneIT {

    static FakeUpstream fake;
    static String key;
    static String p;

    @BeforeAll
    static void setUp() throws Exception {
        fake = new FakeUpstream();
        p = UUID.randomUUID().toString().substring(0, 6);
        Reply prov = Api.admin().post("/api/gateway/providers", Json.createObjectBuilder().add("name", "dp-" + p)
                .add("kind", "openai").add("baseUrl", fake.baseUrl()).add("apiKey", "sk-dp-upstream").add("settings", Json.createObjectBuilder()
                        .add("firstTokenTimeoutMs", "1000")).build().toString());
        assertThat(prov.status()).as(prov.toString()).isEqualTo(201);
        long id = prov.json().getJsonNumber("id").longValue();
        GatewayFaultIT.model(id, "dp-stream-" + p, "stream-slow", null);
        GatewayFaultIT.model(id, "dp-endless-" + p, "stream-endless", null);
        key = Gw.key(Api.newUser("user"), "data-plane");
    }

    @AfterAll
    static void tearDown() {
        fake.close();
    }

    static Reply send(String method, String k, String path, String body, String type) {
        return Gw.send(Gw.DATA_PLANE_V1, method, k, path, body, type, Map.of());
    }

    @Test
    void readinessReportsTheListeningDataPlanePort() throws Exception {
        HttpResponse<String> ready = Gw.HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        var check = Json.createReader(new java.io.StringReader(ready.body())).readObject().getJsonArray("checks")
                .stream().map(v -> v.asJsonObject()).filter(c -> c.getString("name").equals("gateway-data-plane"))
                .findFirst().orElseThrow();
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getInt("port")).isEqualTo(URI.create(Gw.DATA_PLANE_V1).getPort());
    }

    @Test
    void anUnknownKeyIs401WithABearerChallenge() {
        Reply r = send("GET", "cmgw_nope", "/models", null, null);
        assertThat(Gw.isOpenAiError(r, 401)).as(r.toString()).isTrue();
        assertThat(r.header("WWW-Authenticate")).contains("Bearer");
        assertThat(r.header("X-Gateway-Overhead-Ms")).isPresent();
    }

    @Test
    void anthropicMessagesAnswerInAnthropicsShapeHereToo() {
        Reply ok = Gw.send(Gw.DATA_PLANE_V1, "POST", null, "/messages", "{\"model\":\"mock-chat\",\"max_tokens\":64,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hello\"}]}", "application/json", Map.of("x-api-key", key));
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().getString("type")).isEqualTo("message");
        Reply wrong = Gw.send(Gw.DATA_PLANE_V1, "POST", null, "/messages", "{}", "application/json",
                Map.of("x-api-key", "wrong"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().getString("type")).isEqualTo("error");
        assertThat(wrong.json().getJsonObject("error").getString("type")).isEqualTo("authentication_error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "null", "{\"model\":5,\"messages\":[]}", "{\"model\":\"mock-chat\"}",
            "{\"model\":\"mock-chat\",\"messages\":[{\"content\":\"no role\"}]}"})
    void malformedBodiesAnswer400(String body) {
        Reply r = send("POST", key, "/chat/completions", body, "application/json");
        assertThat(Gw.isOpenAiError(r, 400)).as(body + " -> " + r).isTrue();
        assertThat(r.header("X-Trace-Id")).isPresent();
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrChunked() throws Exception {
        String big = "{\"model\":\"mock-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "a".repeat(9_000_000)
                + "\"}]}";
        Reply declared = send("POST", key, "/chat/completions", big, "application/json");
        assertThat(Gw.isOpenAiError(declared, 413)).as(declared.toString()).isTrue();

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = Gw.HTTP.send(HttpRequest.newBuilder(URI.create(Gw.DATA_PLANE_V1
                        + "/chat/completions")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("\"code\":\"request_too_large\"");
    }

    @Test
    void afterA413TheRestOfTheBodyIsDroppedAndTheConnectionServesTheNextRequest() throws Exception {
        String big = "{\"model\":\"mock-chat\",\"messages\":[{\"role\":\"user\",\"content\":\""
                + "a".repeat(9_000_000) + "\"}]}";
        String answer = raw(request(big, true) + request(Gw.chat("mock-chat", "after the big one"), false));
        assertThat(answer).startsWith("HTTP/1.1 413").contains("request_too_large");
        assertThat(answer.indexOf("HTTP/1.1 200")).as(answer.length() > 2000 ? answer.substring(0, 2000) : answer)
                .isGreaterThan(answer.indexOf("HTTP/1.1 413"));
        assertThat(answer).contains("Mock answer to: after the big one");
    }

    @Test
    void wrongMethodsMediaTypesAndPathsAnswerEnvelopes() {
        assertThat(Gw.isOpenAiError(send("GET", key, "/chat/completions", null, null), 405)).isTrue();
        assertThat(Gw.isOpenAiError(send("POST", key, "/models", "{}", "application/json"), 405)).isTrue();
        assertThat(Gw.isOpenAiError(send("POST", key, "/chat/completions", "x", "text/plain"), 415)).isTrue();
        assertThat(Gw.isOpenAiError(send("GET", key, "/no/such/endpoint", null, null), 404)).isTrue();
        // only /v1 lives on this port: the management API is not reachable through it
        Reply api = Gw.send(Gw.DATA_PLANE_V1.replace("/v1", "/api"), "GET", key, "/users", null, null, Map.of());
        assertThat(Gw.isOpenAiError(api, 404)).as(api.toString()).isTrue();
    }

    @Test
    void aRequestTheDecoderCannotReadIs400AndTheConnectionCloses() throws Exception {
        String answer = raw("GARBAGE\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("\"error\"").doesNotContain("Exception");
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderOnOneConnection() throws Exception {
        String first = Gw.chat("mock-chat", "first of two");
        String second = Gw.chat("mock-chat", "second of two");
        String answer = raw(request(first, true) + request(second, false));
        assertThat(answer.split("HTTP/1.1 200", -1)).hasSize(3);
        assertThat(answer.indexOf("Mock answer to: first of two"))
                .isNotNegative().isLessThan(answer.indexOf("Mock answer to: second of two"));
    }

    @Test
    void streamChunksArePassedOnAsTheyCome() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = Gw.HTTP.send(post("dp-stream-" + p), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        String all;
        long firstMs;
        try (InputStream in = r.body()) {
            byte[] b = new byte[4096];
            int n = in.read(b);
            firstMs = (System.nanoTime() - t0) / 1_000_000;
            all = new String(b, 0, n, StandardCharsets.UTF_8) + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(all).contains("part0", "part4").endsWith("data: [DONE]\n\n");
        assertThat(firstMs).isLessThan(totalMs - 900); // 5 chunks 300 ms apart: the first was not held back
    }

    @Test
    void aClientThatGoesAwayCancelsTheUpstreamStream() throws Exception {
        HttpResponse<InputStream> r = Gw.HTTP.send(post("dp-endless-" + p), HttpResponse.BodyHandlers.ofInputStream());
        String trace = r.headers().firstValue("X-Trace-Id").orElseThrow();
        try (InputStream in = r.body()) {
            assertThat(in.read(new byte[256])).isPositive();
        }
        assertThat(fake.endlessBroken.await(20, TimeUnit.SECONDS)).as("upstream stream cancelled").isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                Api.admin().get("/api/gateway/audit/" + trace).status() == 200);
        assertThat(Gw.record(trace).getInt("status")).isEqualTo(499);
    }

    private static HttpRequest post(String model) {
        return HttpRequest.newBuilder(URI.create(Gw.DATA_PLANE_V1 + "/chat/completions"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"" + model + "\",\"stream\":true,"
                        + "\"messages\":[{\"role\":\"user\",\"content\":\"go\"}]}")).build();
    }

    private static String request(String body, boolean keepAlive) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                + "\r\nContent-Type: application/json\r\nContent-Length: " + b.length + "\r\n"
                + (keepAlive ? "" : "Connection: close\r\n") + "\r\n" + body;
    }

    /** Sends the bytes in one write and reads until the server closes the connection. */
    private static String raw(String text) throws IOException {
        var uri = URI.create(Gw.DATA_PLANE_V1);
        try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
