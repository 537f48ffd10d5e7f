package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.clawmanager.platform.secrets.TokenHasher;

/**
 * The built-in mock provider: deterministic answers (same request → same answer) so everything works offline and
 * tests can assert on content. Settings: {@code latencyMs} before the first byte, {@code chunkChars} per streamed
 * chunk, {@code chunkDelayMs} between chunks, {@code embeddingDims}. Tools: when the request offers tools, the mock
 * calls the first (or the forced) one with its required arguments filled in; after a tool result it answers in text.
 */
@ApplicationScoped
public class MockUpstream implements Upstream {

    @Override
    public UpstreamResponse send(Route route, Call call, JsonObject body, boolean stream) {
        ProviderConf p = route.provider();
        long latency = p.number("latencyMs", 0);
        if (call == Call.EMBEDDINGS) {
            sleep(latency);
            return json(embeddings(route, body, (int) Math.max(1, Math.min(4096, p.number("embeddingDims", 16)))));
        }
        JsonArray messages = body.getJsonArray("messages");
        JsonObject message = answer(body, messages);
        String content = message.getString("content", "");
        long prompt = Tokens.estimate(Messages.flatten(messages));
        long completion = Math.max(1, Tokens.estimate(content.isEmpty() ? message.toString() : content));
        String id = "chatcmpl-mock-" + TokenHasher.sha256Hex(body.toString()).substring(0, 16);
        long created = 1_700_000_000L;
        String finish = message.containsKey("tool_calls") ? "tool_calls" : "stop";
        JsonObject usage = Jsons.JSON.createObjectBuilder().add("prompt_tokens", prompt).add("completion_tokens", completion)
                .add("total_tokens", prompt + completion).build();
        if (!stream) {
            sleep(latency);
            return json(Jsons.JSON.createObjectBuilder().add("id", id).add("object", "chat.completion").add("created", created)
                    .add("model", route.upstreamModel()).add("choices", Jsons.JSON.createArrayBuilder().add(
                            Jsons.JSON.createObjectBuilder().add("index", 0).add("message", message)
                                    .add("finish_reason", finish).addNull("logprobs")))
                    .add("usage", usage).build().toString());
        }
        boolean includeUsage = body.getJsonObject("stream_options") instanceof JsonObject so
                && so.getBoolean("include_usage", false);
        List<String> events = new ArrayList<>();
        events.add(chunk(id, created, route, Jsons.JSON.createObjectBuilder().add("role", "assistant").add("content", ""), null));
        if (message.containsKey("tool_calls")) {
            JsonObject tc = message.getJsonArray("tool_calls").getJsonObject(0);
            events.add(chunk(id, created, route, Jsons.JSON.createObjectBuilder().add("tool_calls", Jsons.JSON.createArrayBuilder()
                    .add(Jsons.JSON.createObjectBuilder().add("index", 0).add("id", tc.getString("id")).add("type", "function")
                            .add("function", tc.getJsonObject("function")))), null));
        } else {
            int size = (int) Math.max(1, p.number("chunkChars", 8));
            for (int i = 0; i < content.length(); i += size) {
                events.add(chunk(id, created, route, Jsons.JSON.createObjectBuilder()
                        .add("content", content.substring(i, Math.min(content.length(), i + size))), null));
            }
        }
        events.add(chunk(id, created, route, Jsons.JSON.createObjectBuilder(), finish));
        if (includeUsage) {
            events.add("data: " + Jsons.JSON.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                    .add("created", created).add("model", route.upstreamModel())
                    .add("choices", Jsons.JSON.createArrayBuilder()).add("usage", usage).build() + "\n\n");
        }
        events.add("data: [DONE]\n\n");
        return new UpstreamResponse(new PacedStream(events, latency, p.number("chunkDelayMs", 0)), "text/event-stream");
    }

    private static String chunk(String id, long created, Route route, JsonObjectBuilder delta, String finish) {
        JsonObjectBuilder choice = Jsons.JSON.createObjectBuilder().add("index", 0).add("delta", delta);
        if (finish == null) {
            choice.addNull("finish_reason");
        } else {
            choice.add("finish_reason", finish);
        }
        return "data: " + Jsons.JSON.createObjectBuilder().add("id", id).add("object", "chat.completion.chunk")
                .add("created", created).add("model", route.upstreamModel())
                .add("choices", Jsons.JSON.createArrayBuilder().add(choice)).build() + "\n\n";
    }

    static JsonObject answer(JsonObject body, JsonArray messages) {
        JsonObject last = messages.isEmpty() ? null : messages.getJsonObject(messages.size() - 1);
        boolean afterTool = last != null && "tool".equals(last.getString("role", null));
        JsonArray tools = body.get("tools") instanceof JsonArray t ? t : null;
        boolean toolsOff = body.get("tool_choice") instanceof JsonString s && "none".equals(s.getString());
        if (tools != null && !tools.isEmpty() && !afterTool && !toolsOff) {
            JsonObject fn = tools.getJsonObject(0).getJsonObject("function");
            if (body.get("tool_choice") instanceof JsonObject forced && forced.get("function") instanceof JsonObject f) {
                String wanted = f.getString("name", "");
                for (JsonValue t : tools) {
                    if (t instanceof JsonObject to && to.getJsonObject("function") != null
                            && wanted.equals(to.getJsonObject("function").getString("name", ""))) {
                        fn = to.getJsonObject("function");
                    }
                }
            }
            String name = fn.getString("name", "tool");
            return Jsons.JSON.createObjectBuilder().add("role", "assistant").addNull("content")
                    .add("tool_calls", Jsons.JSON.createArrayBuilder().add(Jsons.JSON.createObjectBuilder()
                            .add("id", "call_mock_" + TokenHasher.sha256Hex(name + messages).substring(0, 12))
                            .add("type", "function").add("function", Jsons.JSON.createObjectBuilder().add("name", name)
                                    .add("arguments", arguments(fn).toString())))).build();
        }
        String text = afterTool ? "Tool result received: " + Messages.text(last.get("content"))
                : "Mock answer to: " + Messages.lastUserText(messages);
        if (text.length() > 2000) {
            text = text.substring(0, 2000);
        }
        if (body.get("response_format") instanceof JsonObject rf && !"text".equals(rf.getString("type", "text"))) {
            text = Jsons.JSON.createObjectBuilder().add("answer", text).build().toString();
        }
        return Jsons.JSON.createObjectBuilder().add("role", "assistant").add("content", text).build();
    }

    private static JsonObject arguments(JsonObject fn) {
        JsonObjectBuilder args = Jsons.JSON.createObjectBuilder();
        JsonObject params = fn.getJsonObject("parameters");
        if (params == null || !(params.get("required") instanceof JsonArray required)) {
            return args.build();
        }
        JsonObject props = params.getJsonObject("properties");
        for (JsonValue r : required) {
            String name = ((JsonString) r).getString();
            String type = props != null && props.get(name) instanceof JsonObject po ? po.getString("type", "string") : "string";
            switch (type) {
                case "integer", "number" -> args.add(name, 1);
                case "boolean" -> args.add(name, true);
                case "array" -> args.add(name, Jsons.JSON.createArrayBuilder());
                case "object" -> args.add(name, Jsons.JSON.createObjectBuilder());
                default -> args.add(name, "mock");
            }
        }
        return args.build();
    }

    private static String embeddings(Route route, JsonObject body, int dims) {
        JsonValue input = body.get("input");
        List<String> inputs = new ArrayList<>();
        if (input instanceof JsonString s) {
            inputs.add(s.getString());
        } else if (input instanceof JsonArray a) {
            a.forEach(v -> inputs.add(v instanceof JsonString s ? s.getString() : v.toString()));
        }
        boolean base64 = "base64".equals(body.getString("encoding_format", "float"));
        JsonArrayBuilder data = Jsons.JSON.createArrayBuilder();
        long tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] v = vector(inputs.get(i), dims);
            tokens += Math.max(1, Tokens.estimate(inputs.get(i)));
            JsonObjectBuilder item = Jsons.JSON.createObjectBuilder().add("object", "embedding").add("index", i);
            if (base64) {
                ByteBuffer bb = ByteBuffer.allocate(dims * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : v) {
                    bb.putFloat(f);
                }
                item.add("embedding", Base64.getEncoder().encodeToString(bb.array()));
            } else {
                JsonArrayBuilder arr = Jsons.JSON.createArrayBuilder();
                for (float f : v) {
                    arr.add(f);
                }
                item.add("embedding", arr);
            }
            data.add(item);
        }
        return Jsons.JSON.createObjectBuilder().add("object", "list").add("data", data).add("model", route.upstreamModel())
                .add("usage", Jsons.JSON.createObjectBuilder().add("prompt_tokens", tokens).add("total_tokens", tokens))
                .build().toString();
    }

    /** A unit vector seeded by the text's hash: equal texts embed equally. */
    static float[] vector(String text, int dims) {
        SplittableRandom r = new SplittableRandom(Long.parseUnsignedLong(TokenHasher.sha256Hex(text).substring(0, 15), 16));
        float[] v = new float[dims];
        double norm = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
            norm += v[i] * v[i];
        }
        float n = (float) Math.sqrt(norm);
        for (int i = 0; i < dims; i++) {
            v[i] /= n;
        }
        return v;
    }

    private static UpstreamResponse json(String s) {
        return new UpstreamResponse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), "application/json");
    }

    static void sleep(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hands out one event per read, sleeping before the first and between the others. */
    static final class PacedStream extends InputStream {
        private final List<String> events;
        private final long firstDelay;
        private final long delay;
        private int next;
        private byte[] current = new byte[0];
        private int pos;

        PacedStream(List<String> events, long firstDelay, long delay) {
            this.events = events;
            this.firstDelay = firstDelay;
            this.delay = delay;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= current.length) {
                if (next >= events.size()) {
                    return -1;
                }
                sleep(next == 0 ? firstDelay : delay);
                current = events.get(next++).getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
