package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.clawmanager.gateway.entity.ProviderKind;
import org.junit.jupiter.api.Test;

class MockAndTranslationTest {

    static final ProviderConf MOCK = new ProviderConf(1, "mock", ProviderKind.MOCK, null, null, null,
            Map.of("chunkChars", "4"));
    static final Route CHAT = new Route(1, "mock-chat", MOCK, "mock-chat", "chat", 1, false, List.of());

    static JsonObject json(String s) {
        return Json.createReader(new StringReader(s)).readObject();
    }

    @Test
    void mockStreamsInChunksWithUsageAndIsDeterministic() throws Exception {
        JsonObject req = json("{\"model\":\"mock-chat\",\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"abcdefgh\"}]}");
        String a = new String(new MockUpstream().send(CHAT, Upstream.Call.CHAT, req, true).body().readAllBytes(),
                StandardCharsets.UTF_8);
        String b = new String(new MockUpstream().send(CHAT, Upstream.Call.CHAT, req, true).body().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(a).isEqualTo(b).endsWith("data: [DONE]\n\n").contains("\"usage\":{\"prompt_tokens\":");
        StringBuilder text = new StringBuilder();
        SseParser p = new SseParser();
        byte[] bytes = a.getBytes(StandardCharsets.UTF_8);
        for (SseParser.Event e : p.feed(bytes, 0, bytes.length)) {
            if (!"[DONE]".equals(e.data())) {
                JsonObject chunk = json(e.data());
                if (!chunk.getJsonArray("choices").isEmpty()
                        && chunk.getJsonArray("choices").getJsonObject(0).getJsonObject("delta").containsKey("content")) {
                    String piece = chunk.getJsonArray("choices").getJsonObject(0).getJsonObject("delta").getString("content");
                    assertThat(piece.length()).isLessThanOrEqualTo(4);
                    text.append(piece);
                }
            }
        }
        assertThat(text.toString()).isEqualTo("Mock answer to: abcdefgh");
    }

    @Test
    void embeddingsAreUnitVectors() {
        float[] v = MockUpstream.vector("hello", 32);
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(MockUpstream.vector("hello", 32)).isEqualTo(v);
        assertThat(MockUpstream.vector("other", 32)).isNotEqualTo(v);
    }

    @Test
    void openAiRequestsBecomeAnthropicRequests() {
        JsonObject o = json("{\"model\":\"x\",\"max_tokens\":100,\"stop\":\"END\",\"messages\":["
                + "{\"role\":\"system\",\"content\":\"be brief\"},{\"role\":\"user\",\"content\":\"weather?\"},"
                + "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"t1\",\"type\":\"function\","
                + "\"function\":{\"name\":\"w\",\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\"}\"}}]},"
                + "{\"role\":\"tool\",\"tool_call_id\":\"t1\",\"content\":\"sunny\"}],"
                + "\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"w\",\"parameters\":{\"type\":\"object\"}}}],"
                + "\"tool_choice\":\"required\"}");
        JsonObject a = AnthropicTranslation.toAnthropic(o, "claude-x", true);
        assertThat(a.getString("system")).isEqualTo("be brief");
        assertThat(a.getInt("max_tokens")).isEqualTo(100);
        assertThat(a.getJsonArray("stop_sequences").getString(0)).isEqualTo("END");
        assertThat(a.getJsonArray("messages")).hasSize(3);
        assertThat(a.getJsonArray("messages").getJsonObject(1).toString()).contains("\"tool_use\"", "\"Oslo\"");
        assertThat(a.getJsonArray("messages").getJsonObject(2).toString()).contains("\"tool_result\"", "\"t1\"");
        assertThat(a.getJsonObject("tool_choice").getString("type")).isEqualTo("any");
        assertThat(a.getJsonArray("tools").getJsonObject(0).getString("name")).isEqualTo("w");
        assertThat(a.getBoolean("stream")).isTrue();
    }

    @Test
    void anthropicAnswersBecomeOpenAiAnswers() {
        JsonObject a = json("{\"id\":\"msg_1\",\"content\":[{\"type\":\"text\",\"text\":\"Let me check.\"},"
                + "{\"type\":\"tool_use\",\"id\":\"tu_1\",\"name\":\"w\",\"input\":{\"city\":\"Oslo\"}}],"
                + "\"stop_reason\":\"tool_use\",\"usage\":{\"input_tokens\":12,\"output_tokens\":7}}");
        JsonObject o = AnthropicTranslation.toOpenAi(a, "claude-x");
        JsonObject choice = o.getJsonArray("choices").getJsonObject(0);
        assertThat(choice.getString("finish_reason")).isEqualTo("tool_calls");
        assertThat(choice.getJsonObject("message").getString("content")).isEqualTo("Let me check.");
        assertThat(choice.getJsonObject("message").getJsonArray("tool_calls").getJsonObject(0)
                .getJsonObject("function").getString("arguments")).isEqualTo("{\"city\":\"Oslo\"}");
        assertThat(o.getJsonObject("usage").getInt("prompt_tokens")).isEqualTo(12);
    }

    @Test
    void anthropicStreamsBecomeOpenAiChunks() throws Exception {
        String events = """
                event: message_start
                data: {"type":"message_start","message":{"id":"msg_9","usage":{"input_tokens":5,"output_tokens":1}}}

                event: content_block_start
                data: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hel"}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"lo"}}

                event: content_block_start
                data: {"type":"content_block_start","index":1,"content_block":{"type":"tool_use","id":"tu","name":"w","input":{}}}

                event: content_block_delta
                data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"{\\"c\\":1}"}}

                event: message_delta
                data: {"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":9}}

                event: message_stop
                data: {"type":"message_stop"}

                """;
        InputStream in = new AnthropicStream(new ByteArrayInputStream(events.getBytes(StandardCharsets.UTF_8)), "claude-x");
        String out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("\"content\":\"Hel\"", "\"content\":\"lo\"", "\"name\":\"w\"",
                "\"arguments\":\"{\\\"c\\\":1}\"", "\"finish_reason\":\"tool_calls\"", "\"completion_tokens\":9",
                "\"prompt_tokens\":5").endsWith("data: [DONE]\n\n");
    }
}
