package org.clawmanager.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A fast OpenAI-compatible upstream on loopback for gateway benchmarks: fixed answers, no work, optional latency.
 * {@code POST /v1/chat/completions} (JSON, or SSE when the body asks for {@code "stream":true}),
 * {@code POST /v1/embeddings}, {@code GET /v1/models}.
 *
 * <p>Usage: {@code java -cp clawmanager-bench.jar org.clawmanager.bench.StubUpstream <port> [latencyMs] [chunks]}
 */
public final class StubUpstream {

    static final byte[] COMPLETION = """
            {"id":"chatcmpl-stub","object":"chat.completion","created":1764000000,"model":"stub-model",\
            "choices":[{"index":0,"message":{"role":"assistant","content":"Hello from the stub upstream."},\
            "finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":7,"total_tokens":19}}"""
            .getBytes(StandardCharsets.UTF_8);
    static final byte[] EMBEDDING = """
            {"object":"list","data":[{"object":"embedding","index":0,"embedding":[0.1,0.2,0.3,0.4]}],\
            "model":"stub-embed","usage":{"prompt_tokens":4,"total_tokens":4}}""".getBytes(StandardCharsets.UTF_8);
    static final byte[] MODELS = """
            {"object":"list","data":[{"id":"stub-model","object":"model","owned_by":"stub"},\
            {"id":"stub-embed","object":"model","owned_by":"stub"}]}""".getBytes(StandardCharsets.UTF_8);

    static {
        // the JDK server leaves Nagle on: each small SSE event would then wait for the client's delayed ACK (~40 ms)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final long latencyMs;
    private final int chunks;

    public StubUpstream(int port, long latencyMs, int chunks) throws IOException {
        this.latencyMs = latencyMs;
        this.chunks = chunks;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 4096);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", this::chat);
        server.createContext("/v1/embeddings", ex -> answer(ex, EMBEDDING));
        server.createContext("/v1/models", ex -> answer(ex, MODELS));
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(0);
    }

    private void chat(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        pause();
        if (new String(body, StandardCharsets.UTF_8).replace(" ", "").contains("\"stream\":true")) {
            stream(ex);
        } else {
            answer(ex, COMPLETION);
        }
    }

    private void stream(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < chunks; i++) {
                String chunk = "data: {\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,"
                        + "\"model\":\"stub-model\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok" + i + " \"},"
                        + "\"finish_reason\":null}]}\n\n";
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write(("data: {\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion.chunk\",\"created\":1764000000,"
                    + "\"model\":\"stub-model\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":" + chunks + ",\"total_tokens\":"
                    + (12 + chunks) + "}}\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void answer(HttpExchange ex, byte[] body) throws IOException {
        ex.getRequestBody().readAllBytes();
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void pause() {
        if (latencyMs > 0) {
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18080;
        long latency = args.length > 1 ? Long.parseLong(args[1]) : 0;
        int chunks = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        StubUpstream stub = new StubUpstream(port, latency, chunks);
        stub.start();
        System.out.println("stub upstream on http://127.0.0.1:" + stub.port() + "/v1 (latency " + latency + " ms)");
    }
}
