package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /v1/messages}: the Anthropic Messages format on the same pipeline (x-api-key, tools, streams). */
class GatewayMessagesIT {

    static String key;

    @BeforeAll
    static void key() {
        key = Gw.key(Api.newUser("user"), "anthropic");
    }

    static Reply messages(String body) {
        return Gw.send("POST", null, "/messages", body, "application/json",
                Map.of("x-api-key", key, "anthropic-version", "2023-06-01"));
    }

    @Test
    void aMessageIsAnsweredInAnthropicFormatAndRecorded() {
        Reply r = messages("{\"model\":\"mock-chat\",\"max_tokens\":100,\"system\":\"be brief\","
                + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hi Claude\"}]}]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject m = r.json();
        assertThat(m.getString("type")).isEqualTo("message");
        assertThat(m.getString("role")).isEqualTo("assistant");
        assertThat(m.getJsonArray("content").getJsonObject(0).getString("text")).isEqualTo("Mock answer to: Hi Claude");
        assertThat(m.getString("stop_reason")).isEqualTo("end_turn");
        assertThat(m.getJsonObject("usage").getInt("output_tokens")).isPositive();
        JsonObject rec = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getInt("status")).isEqualTo(200);
        assertThat(rec.getJsonNumber("completionTokens").longValue()).isPositive();
    }

    @Test
    void toolUseAndToolResultsTranslateBothWays() {
        String tools = "\"tools\":[{\"name\":\"get_weather\",\"input_schema\":{\"type\":\"object\","
                + "\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}}]";
        Reply first = messages("{\"model\":\"mock-chat\",\"max_tokens\":100," + tools
                + ",\"messages\":[{\"role\":\"user\",\"content\":\"weather in Oslo\"}]}");
        JsonObject use = first.json().getJsonArray("content").getJsonObject(0);
        assertThat(first.json().getString("stop_reason")).isEqualTo("tool_use");
        assertThat(use.getString("type")).isEqualTo("tool_use");
        assertThat(use.getJsonObject("input").getString("city")).isEqualTo("mock");
        Reply second = messages("{\"model\":\"mock-chat\",\"max_tokens\":100," + tools + ",\"messages\":["
                + "{\"role\":\"user\",\"content\":\"weather in Oslo\"},"
                + "{\"role\":\"assistant\",\"content\":[" + use + "]},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":\"" + use.getString("id")
                + "\",\"content\":\"rain\"}]}]}");
        assertThat(second.json().getJsonArray("content").getJsonObject(0).getString("text")).contains("rain");
    }

    @Test
    void streamsAreAnthropicEvents() {
        Reply r = messages("{\"model\":\"mock-chat\",\"max_tokens\":100,\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"stream me please\"}]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("event: message_start\n").contains("event: content_block_start",
                "\"type\":\"text_delta\"", "event: content_block_stop", "\"stop_reason\":\"end_turn\"",
                "\"output_tokens\":").endsWith("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n");
    }

    @Test
    void errorsUseAnthropicsShape() {
        Reply noKey = Gw.send("POST", null, "/messages", "{}", "application/json", Map.of("x-api-key", "wrong"));
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.json().getString("type")).isEqualTo("error");
        assertThat(noKey.json().getJsonObject("error").getString("type")).isEqualTo("authentication_error");
        Reply noMax = messages("{\"model\":\"mock-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}");
        assertThat(noMax.status()).isEqualTo(400);
        assertThat(noMax.json().getJsonObject("error").getString("type")).isEqualTo("invalid_request_error");
        assertThat(messages("{\"model\":\"mock-chat\",\"max_tokens\":5,\"messages\":\"x\"}").status()).isEqualTo(400);
        assertThat(messages("not json").status()).isEqualTo(400);
    }
}
