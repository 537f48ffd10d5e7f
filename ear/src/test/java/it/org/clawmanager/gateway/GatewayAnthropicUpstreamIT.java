package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An Anthropic provider behind the OpenAI interface: requests, answers, tool calls and streams are translated. */
class GatewayAnthropicUpstreamIT {

    static FakeUpstream fake;
    static OpenAIClient client;
    static String model;

    @BeforeAll
    static void provider() throws Exception {
        fake = new FakeUpstream();
        String p = UUID.randomUUID().toString().substring(0, 6);
        Reply prov = Api.admin().post("/api/gateway/providers", Json.createObjectBuilder().add("name", "claude-" + p)
                .add("kind", "anthropic").add("baseUrl", fake.baseUrl()).add("apiKey", "sk-ant-test").build().toString());
        assertThat(prov.status()).as(prov.toString()).isEqualTo(201);
        model = "claude-" + p;
        Reply m = Api.admin().post("/api/gateway/models", Json.createObjectBuilder().add("name", model)
                .add("providerId", prov.json().getJsonNumber("id")).add("upstreamModel", "claude-sonnet-4").build().toString());
        assertThat(m.status()).as(m.toString()).isEqualTo(201);
        client = Gw.sdk(Gw.key(Api.newUser("user"), "claude"));
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void aChatCompletionIsTranslatedToMessagesAndBack() {
        ChatCompletion c = client.chat().completions().create(ChatCompletionCreateParams.builder().model(model)
                .addSystemMessage("be brief").addUserMessage("hi").build());
        assertThat(c.choices().get(0).message().content().orElseThrow()).isEqualTo("Hello from Claude");
        assertThat(c.usage().orElseThrow().promptTokens()).isEqualTo(12);
        assertThat(fake.lastAnthropic.getString("model")).isEqualTo("claude-sonnet-4");
        assertThat(fake.lastAnthropic.getString("system")).isEqualTo("be brief");
        assertThat(fake.lastAnthropic.getInt("max_tokens")).isEqualTo(4096);
        assertThat(fake.lastAnthropicHeaders.getFirst("x-api-key")).isEqualTo("sk-ant-test");
        assertThat(fake.lastAnthropicHeaders.getFirst("anthropic-version")).isEqualTo("2023-06-01");
    }

    @Test
    void toolCallsComeBackAsOpenAiToolCalls() {
        ChatCompletion c = client.chat().completions().create(ChatCompletionCreateParams.builder().model(model)
                .addUserMessage("weather?").addFunctionTool(FunctionDefinition.builder().name("get_weather")
                        .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                                .build()).build()).build());
        var call = c.choices().get(0).message().toolCalls().orElseThrow().get(0).asFunction();
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).isEqualTo("{\"city\":\"Oslo\"}");
        assertThat(c.choices().get(0).finishReason().asString()).isEqualTo("tool_calls");
        assertThat(fake.lastAnthropic.getJsonArray("tools").getJsonObject(0).getString("name")).isEqualTo("get_weather");
    }

    @Test
    void streamsAreTranslatedChunkByChunkWithUsage() {
        StringBuilder text = new StringBuilder();
        List<ChatCompletionChunk> chunks = new java.util.ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> s = client.chat().completions().createStreaming(
                ChatCompletionCreateParams.builder().model(model).addUserMessage("stream")
                        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
            s.stream().forEach(ch -> {
                chunks.add(ch);
                ch.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo("Hello streamed");
        assertThat(chunks.get(chunks.size() - 1).usage().orElseThrow().completionTokens()).isEqualTo(6);
        assertThat(fake.lastAnthropic.getBoolean("stream")).isTrue();
    }
}
