package org.clawmanager.gateway.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.clawmanager.gateway.boundary.ResponseSink;

/**
 * Wraps the client's sink for {@code /v1/messages}: OpenAI answers written by the gateway leave as Anthropic answers;
 * OpenAI stream chunks leave as Anthropic stream events (message_start, content blocks, message_delta, message_stop)
 * event by event.
 */
public final class AnthropicEgress implements ResponseSink {

    private final ResponseSink client;
    private final String model;

    public AnthropicEgress(ResponseSink client, String model) {
        this.client = client;
        this.model = model;
    }

    @Override
    public void header(String name, String value) {
        client.header(name, value);
    }

    @Override
    public OutputStream start(int status, String contentType) throws IOException {
        OutputStream out = client.start(status, contentType);
        if (contentType.startsWith("text/event-stream")) {
            return new StreamOut(out);
        }
        return new ByteArrayOutputStream() {
            @Override
            public void close() throws IOException {
                JsonObject o = AnthropicIngress.read(toByteArray());
                out.write(AnthropicIngress.toAnthropic(o, model).toString().getBytes(StandardCharsets.UTF_8));
                out.close();
            }
        };
    }

    /** Translates the OpenAI events written to it; flushes follow the gateway's own flushes. */
    private final class StreamOut extends OutputStream {
        private final OutputStream out;
        private final SseParser parser = new SseParser();
        private boolean started;
        private int index = -1;
        private String openBlock;
        private String stopReason = "end_turn";
        private long inputTokens;
        private long outputTokens;

        StreamOut(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (SseParser.Event e : parser.feed(b, off, len)) {
                translate(e.data());
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private void translate(String data) throws IOException {
            if (data == null) {
                return;
            }
            if ("[DONE]".equals(data)) {
                closeBlock();
                emit("message_delta", Jsons.JSON.createObjectBuilder().add("type", "message_delta")
                        .add("delta", Jsons.JSON.createObjectBuilder().add("stop_reason", stopReason).addNull("stop_sequence"))
                        .add("usage", Jsons.JSON.createObjectBuilder().add("input_tokens", inputTokens)
                                .add("output_tokens", outputTokens)));
                emit("message_stop", Jsons.JSON.createObjectBuilder().add("type", "message_stop"));
                return;
            }
            JsonObject chunk = Jsons.JSON.createReader(new StringReader(data)).readObject();
            if (chunk.get("error") instanceof JsonObject err) {
                emit("error", Jsons.JSON.createObjectBuilder().add("type", "error").add("error", Jsons.JSON.createObjectBuilder()
                        .add("type", "api_error").add("message", err.getString("message", "error"))));
                return;
            }
            if (!started) {
                started = true;
                emit("message_start", Jsons.JSON.createObjectBuilder().add("type", "message_start").add("message",
                        Jsons.JSON.createObjectBuilder().add("id", "msg_" + chunk.getString("id", "gateway"))
                                .add("type", "message").add("role", "assistant").add("model", model)
                                .add("content", Jsons.JSON.createArrayBuilder()).addNull("stop_reason")
                                .addNull("stop_sequence").add("usage", Jsons.JSON.createObjectBuilder()
                                        .add("input_tokens", 0).add("output_tokens", 0))));
            }
            if (chunk.get("usage") instanceof JsonObject u) {
                inputTokens = u.getJsonNumber("prompt_tokens").longValue();
                outputTokens = u.getJsonNumber("completion_tokens").longValue();
            }
            if (!(chunk.get("choices") instanceof JsonArray choices) || choices.isEmpty()) {
                return;
            }
            JsonObject choice = choices.getJsonObject(0);
            JsonObject delta = choice.getJsonObject("delta");
            if (delta != null && delta.get("content") instanceof JsonString s && !s.getString().isEmpty()) {
                if (!"text".equals(openBlock)) {
                    closeBlock();
                    openBlock("text", Jsons.JSON.createObjectBuilder().add("type", "text").add("text", ""));
                }
                emit("content_block_delta", Jsons.JSON.createObjectBuilder().add("type", "content_block_delta")
                        .add("index", index).add("delta", Jsons.JSON.createObjectBuilder().add("type", "text_delta")
                                .add("text", s.getString())));
            }
            if (delta != null && delta.get("tool_calls") instanceof JsonArray calls) {
                for (JsonValue cv : calls) {
                    JsonObject call = cv.asJsonObject();
                    JsonObject fn = call.getJsonObject("function");
                    if (call.get("id") instanceof JsonString id) {
                        closeBlock();
                        openBlock("tool_use", Jsons.JSON.createObjectBuilder().add("type", "tool_use").add("id", id.getString())
                                .add("name", fn == null ? "" : fn.getString("name", ""))
                                .add("input", JsonValue.EMPTY_JSON_OBJECT));
                    }
                    if (fn != null && fn.get("arguments") instanceof JsonString args && !args.getString().isEmpty()) {
                        emit("content_block_delta", Jsons.JSON.createObjectBuilder().add("type", "content_block_delta")
                                .add("index", index).add("delta", Jsons.JSON.createObjectBuilder()
                                        .add("type", "input_json_delta").add("partial_json", args.getString())));
                    }
                }
            }
            if (choice.get("finish_reason") instanceof JsonString f) {
                stopReason = AnthropicIngress.stopReason(f.getString());
            }
        }

        private void openBlock(String kind, JsonObjectBuilder block) throws IOException {
            index++;
            openBlock = kind;
            emit("content_block_start", Jsons.JSON.createObjectBuilder().add("type", "content_block_start")
                    .add("index", index).add("content_block", block));
        }

        private void closeBlock() throws IOException {
            if (openBlock != null) {
                emit("content_block_stop", Jsons.JSON.createObjectBuilder().add("type", "content_block_stop")
                        .add("index", index));
                openBlock = null;
            }
        }

        private void emit(String event, JsonObjectBuilder data) throws IOException {
            out.write(("event: " + event + "\ndata: " + data.build() + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
