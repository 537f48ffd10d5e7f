package org.clawmanager.gateway.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads an Anthropic Messages event stream and yields the equivalent OpenAI chat-completion chunks (SSE), including
 * tool-call deltas and a final usage chunk, event by event (no buffering beyond one upstream read).
 */
public final class AnthropicStream extends InputStream {

    private final InputStream upstream;
    private final String model;
    private final SseParser parser = new SseParser();
    private final Deque<byte[]> ready = new ArrayDeque<>();
    private final byte[] readBuf = new byte[8192];
    private byte[] current;
    private int pos;
    private boolean done;
    private String id = "chatcmpl-anthropic";
    private long inputTokens;
    private long cachedTokens;
    private int toolIndex = -1;

    public AnthropicStream(InputStream upstream, String model) {
        this.upstream = upstream;
        this.model = model;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (current == null || pos >= current.length) {
            if (!ready.isEmpty()) {
                current = ready.poll();
                pos = 0;
                continue;
            }
            if (done) {
                return -1;
            }
            int n = upstream.read(readBuf);
            if (n < 0) {
                parser.finish().forEach(this::translate);
                if (!done) {
                    ready.add("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                    done = true;
                }
                continue;
            }
            parser.feed(readBuf, 0, n).forEach(this::translate);
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }

    private void translate(SseParser.Event e) {
        if (e.data() == null || e.data().isBlank()) {
            return;
        }
        JsonObject d;
        try {
            d = Jsons.JSON.createReader(new StringReader(e.data())).readObject();
        } catch (RuntimeException ex) {
            return;
        }
        switch (d.getString("type", "")) {
            case "message_start" -> {
                JsonObject m = d.getJsonObject("message");
                id = m.getString("id", id);
                JsonObject u = m.getJsonObject("usage");
                if (u != null) {
                    inputTokens = u.getJsonNumber("input_tokens").longValue();
                    cachedTokens = u.get("cache_read_input_tokens") instanceof jakarta.json.JsonNumber n ? n.longValue() : 0;
                }
                emit(Jsons.JSON.createObjectBuilder().add("role", "assistant").add("content", ""), null);
            }
            case "content_block_start" -> {
                JsonObject block = d.getJsonObject("content_block");
                if ("tool_use".equals(block.getString("type", ""))) {
                    toolIndex++;
                    emit(Jsons.JSON.createObjectBuilder().add("tool_calls", Jsons.JSON.createArrayBuilder().add(
                            Jsons.JSON.createObjectBuilder().add("index", toolIndex).add("id", block.getString("id", ""))
                                    .add("type", "function").add("function", Jsons.JSON.createObjectBuilder()
                                            .add("name", block.getString("name", "")).add("arguments", "")))), null);
                }
            }
            case "content_block_delta" -> {
                JsonObject delta = d.getJsonObject("delta");
                if ("text_delta".equals(delta.getString("type", ""))) {
                    emit(Jsons.JSON.createObjectBuilder().add("content", delta.getString("text", "")), null);
                } else if ("input_json_delta".equals(delta.getString("type", ""))) {
                    emit(Jsons.JSON.createObjectBuilder().add("tool_calls", Jsons.JSON.createArrayBuilder().add(
                            Jsons.JSON.createObjectBuilder().add("index", Math.max(0, toolIndex)).add("function",
                                    Jsons.JSON.createObjectBuilder().add("arguments", delta.getString("partial_json", ""))))),
                            null);
                }
            }
            case "message_delta" -> {
                JsonObject delta = d.getJsonObject("delta");
                emit(Jsons.JSON.createObjectBuilder(), AnthropicTranslation.finish(delta == null ? null
                        : delta.getString("stop_reason", null)));
                JsonObject u = d.getJsonObject("usage");
                long out = u == null ? 0 : u.getJsonNumber("output_tokens").longValue();
                long prompt = inputTokens + cachedTokens;
                ready.add(("data: " + Jsons.JSON.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                        .add("created", System.currentTimeMillis() / 1000).add("model", model)
                        .add("choices", Jsons.JSON.createArrayBuilder()).add("usage", Jsons.JSON.createObjectBuilder()
                                .add("prompt_tokens", prompt).add("completion_tokens", out)
                                .add("total_tokens", prompt + out).add("prompt_tokens_details",
                                        Jsons.JSON.createObjectBuilder().add("cached_tokens", cachedTokens)))
                        .build() + "\n\n").getBytes(StandardCharsets.UTF_8));
            }
            case "message_stop" -> {
                ready.add("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                done = true;
            }
            case "error" -> {
                ready.add(("data: " + Jsons.JSON.createObjectBuilder().add("error", d.getJsonObject("error")).build()
                        + "\n\n").getBytes(StandardCharsets.UTF_8));
                done = true;
            }
            default -> {
                // ping and content_block_stop carry nothing an OpenAI client needs
            }
        }
    }

    private void emit(JsonObjectBuilder delta, String finish) {
        JsonObjectBuilder choice = Jsons.JSON.createObjectBuilder().add("index", 0).add("delta", delta);
        if (finish == null) {
            choice.addNull("finish_reason");
        } else {
            choice.add("finish_reason", finish);
        }
        ready.add(("data: " + Jsons.JSON.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                .add("created", System.currentTimeMillis() / 1000).add("model", model)
                .add("choices", Jsons.JSON.createArrayBuilder().add(choice)).build() + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        upstream.close();
    }
}
