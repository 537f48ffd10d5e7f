package it.org.clawmanager.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible upstream on 127.0.0.1 inside the test JVM. What it does depends on the upstream model name
 * in the request: {@code ok}, {@code always-500}, {@code always-429}, {@code fail-once-*} (500 on the first call
 * per name, then OK), {@code slow} (answers after 5 s), {@code bad-request} (400), {@code stream-slow} (SSE, 5 chunks
 * 300 ms apart, no usage), {@code stream-endless} (SSE, a chunk every 100 ms for a minute).
 */
final class FakeUpstream implements AutoCloseable {

    final HttpServer server;
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final CountDownLatch endlessBroken = new CountDownLatch(1);

    FakeUpstream() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/messages", this::anthropic);
        server.createContext("/v1/models", ex -> respond(ex, 200,
                "{\"object\":\"list\",\"data\":[{\"id\":\"ok\",\"object\":\"model\"},{\"id\":\"always-500\",\"object\":\"model\"}]}"));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    int calls(String model) {
        return calls.getOrDefault(model, new AtomicInteger()).get();
    }

    private void chat(HttpExchange ex) throws IOException {
        JsonObject body = Json.createReader(ex.getRequestBody()).readObject();
        String model = body.getString("model");
        int n = calls.computeIfAbsent(model, k -> new AtomicInteger()).incrementAndGet();
        if (model.startsWith("fail-once") && n == 1 || model.equals("always-500")) {
            respond(ex, 500, "{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}");
        } else if (model.equals("always-429")) {
            respond(ex, 429, "{\"error\":{\"message\":\"slow down\",\"type\":\"rate_limit_error\"}}");
        } else if (model.equals("bad-request")) {
            respond(ex, 400, "{\"error\":{\"message\":\"temperature is out of range\",\"type\":\"invalid_request_error\"}}");
        } else if (model.equals("slow")) {
            sleep(5000);
            respond(ex, 200, answer(model));
        } else if (model.startsWith("stream")) {
            stream(ex, model);
        } else {
            respond(ex, 200, answer(model));
        }
    }

    /** Anthropic's Messages API: records the request it got, answers with text (or a tool call when tools came). */
    private void anthropic(HttpExchange ex) throws IOException {
        JsonObject body = Json.createReader(ex.getRequestBody()).readObject();
        lastAnthropic = body;
        lastAnthropicHeaders = ex.getRequestHeaders();
        boolean tools = body.containsKey("tools");
        if (!body.getBoolean("stream", false)) {
            respond(ex, 200, tools
                    ? "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\","
                    + "\"id\":\"toolu_1\",\"name\":\"get_weather\",\"input\":{\"city\":\"Oslo\"}}],\"stop_reason\":\"tool_use\","
                    + "\"usage\":{\"input_tokens\":21,\"output_tokens\":9}}"
                    : "{\"id\":\"msg_2\",\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"text\","
                    + "\"text\":\"Hello from Claude\"}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":12,\"output_tokens\":4}}");
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (String e : new String[]{
                    "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_3\",\"usage\":{\"input_tokens\":12,\"output_tokens\":1}}}\n\n",
                    "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n",
                    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello \"}}\n\n",
                    "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"streamed\"}}\n\n",
                    "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n",
                    "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":6}}\n\n",
                    "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n"}) {
                out.write(e.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
    }

    volatile JsonObject lastAnthropic;
    volatile com.sun.net.httpserver.Headers lastAnthropicHeaders;

    private void stream(HttpExchange ex, String model) throws IOException {
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        boolean endless = model.equals("stream-endless");
        try (OutputStream out = ex.getResponseBody()) {
            int chunks = endless ? 600 : 5;
            for (int i = 0; i < chunks; i++) {
                String chunk = "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
                        + "\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"part" + i + " \"},\"finish_reason\":null}]}";
                out.write(("data: " + chunk + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(endless ? 100 : 300);
            }
            out.write(("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"" + model
                    + "\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (endless) {
                endlessBroken.countDown();
            }
        }
    }

    private static String answer(String model) {
        return "{\"id\":\"x\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"" + model + "\",\"choices\":"
                + "[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"fake " + model + "\"},"
                + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":3,\"total_tokens\":14}}";
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
