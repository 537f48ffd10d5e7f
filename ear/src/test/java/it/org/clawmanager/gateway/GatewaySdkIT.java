package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.HttpResponseFor;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.ResponseFormatJsonObject;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.embeddings.CreateEmbeddingResponse;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway through the official OpenAI Java SDK, changed only in base URL and key, against the seeded mock
 * provider: chat, streaming with usage, tools, JSON mode, embeddings, the model list, and errors.
 */
class GatewaySdkIT {

    static String key;
    OpenAIClient client;

    @BeforeAll
    static void keyOfANewUser() {
        key = Gw.key(Api.newUser("user"), "sdk");
    }

    @BeforeEach
    void client() {
        client = Gw.sdk(v1(), key);
    }

    /** Where {@code /v1} is served: Liberty's HTTP port here, the data-plane port in {@link DataPlaneSdkIT}. */
    String v1() {
        return Gw.LIBERTY_V1;
    }

    @Test
    void chatCompletionIsAnsweredCostedAndRecorded() {
        HttpResponseFor<ChatCompletion> raw = client.chat().completions().withRawResponse().create(
                ChatCompletionCreateParams.builder().model("mock-chat").addUserMessage("What is a claw?").build());
        ChatCompletion c = raw.parse();
        assertThat(c.choices().get(0).message().content().orElseThrow()).isEqualTo("Mock answer to: What is a claw?");
        assertThat(c.usage()).isPresent();
        String trace = raw.headers().values("X-Trace-Id").get(0);
        assertThat(raw.headers().values("X-Gateway-Overhead-Ms")).hasSize(1);

        JsonObject rec = Gw.record(trace);
        assertThat(rec.getInt("status")).isEqualTo(200);
        assertThat(rec.getJsonNumber("promptTokens").longValue()).isEqualTo(c.usage().get().promptTokens());
        assertThat(rec.getJsonNumber("completionTokens").longValue()).isEqualTo(c.usage().get().completionTokens());
        assertThat(rec.getJsonNumber("cost").bigDecimalValue()).isPositive();
        assertThat(rec.getString("servedModel")).isEqualTo("mock-chat");
        assertThat(rec.getString("usageSource")).isEqualTo("provider");
        assertThat(rec.getBoolean("stream")).isFalse();
    }

    @Test
    void streamingDeliversChunksAndUsage() {
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder().model("mock-chat")
                .addUserMessage("Tell me something long enough to be cut into several chunks")
                .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build();
        StringBuilder text = new StringBuilder();
        List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
            stream.stream().forEach(ch -> {
                chunks.add(ch);
                ch.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
            });
        }
        assertThat(text.toString()).isEqualTo("Mock answer to: Tell me something long enough to be cut into several chunks");
        assertThat(chunks.size()).isGreaterThan(5);
        assertThat(chunks.get(chunks.size() - 1).usage()).isPresent();
        assertThat(chunks.get(chunks.size() - 1).usage().get().completionTokens()).isPositive();
    }

    @Test
    void streamingWithoutAskingForUsageIsStillMeteredFromTheProvider() {
        Reply r = Gw.send(v1(), "POST", key, "/chat/completions", "{\"model\":\"mock-chat\",\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"count me\"}]}", "application/json", Map.of());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/event-stream");
        assertThat(r.body()).endsWith("data: [DONE]\n\n");
        JsonObject rec = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getBoolean("stream")).isTrue();
        assertThat(rec.getJsonNumber("completionTokens").longValue()).isPositive();
        assertThat(rec.getString("usageSource")).isEqualTo("provider");
        assertThat(rec.containsKey("ttftMs")).isTrue();
    }

    @Test
    void toolCallsRoundTrip() {
        FunctionDefinition weather = FunctionDefinition.builder().name("get_weather")
                .parameters(FunctionParameters.builder().putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city"))).build()).build();
        ChatCompletionCreateParams ask = ChatCompletionCreateParams.builder().model("mock-chat")
                .addUserMessage("Weather in Oslo?").addFunctionTool(weather).build();
        ChatCompletion first = client.chat().completions().create(ask);
        assertThat(first.choices().get(0).finishReason().asString()).isEqualTo("tool_calls");
        ChatCompletionMessageFunctionToolCall call = first.choices().get(0).message().toolCalls().orElseThrow().get(0)
                .asFunction();
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).contains("\"city\"");

        ChatCompletion second = client.chat().completions().create(ask.toBuilder()
                .addMessage(first.choices().get(0).message())
                .addMessage(ChatCompletionToolMessageParam.builder().toolCallId(call.id()).content("sunny, 21 C").build())
                .build());
        assertThat(second.choices().get(0).message().content().orElseThrow()).contains("sunny, 21 C");
    }

    @Test
    void jsonModeAnswersJson() {
        ChatCompletion c = client.chat().completions().create(ChatCompletionCreateParams.builder().model("mock-chat")
                .addUserMessage("json please").responseFormat(ResponseFormatJsonObject.builder().build()).build());
        assertThat(c.choices().get(0).message().content().orElseThrow()).startsWith("{\"answer\":");
    }

    @Test
    void embeddingsAreDeterministicVectors() {
        CreateEmbeddingResponse a = client.embeddings().create(EmbeddingCreateParams.builder().model("mock-embed")
                .input("the same text").build());
        CreateEmbeddingResponse b = client.embeddings().create(EmbeddingCreateParams.builder()
                .model("text-embedding-3-small").input("the same text").build());
        assertThat(a.data().get(0).embedding()).isNotEmpty().isEqualTo(b.data().get(0).embedding());
        CreateEmbeddingResponse floats = client.embeddings().create(EmbeddingCreateParams.builder().model("mock-embed")
                .input("the same text").encodingFormat(EmbeddingCreateParams.EncodingFormat.FLOAT).build());
        assertThat(floats.data().get(0).embedding()).isEqualTo(a.data().get(0).embedding());
    }

    @Test
    void modelListShowsChatAndEmbeddingModelsWithAliases() {
        List<String> ids = client.models().list().data().stream().map(Model::id).toList();
        assertThat(ids).contains("mock-chat", "mock-embed", "gpt-4o-mini", "text-embedding-3-small");
    }

    @Test
    void aliasIsServedByItsTarget() {
        ChatCompletion c = client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("gpt-4o-mini").addUserMessage("alias").build());
        assertThat(c.choices().get(0).message().content().orElseThrow()).isEqualTo("Mock answer to: alias");
    }

    @Test
    void errorsReachTheSdkAsTypedExceptions() {
        assertThatThrownBy(() -> Gw.sdk(v1(), "cmgw_wrong").models().list())
                .isInstanceOf(UnauthorizedException.class);
        assertThatThrownBy(() -> client.chat().completions().create(ChatCompletionCreateParams.builder()
                .model("no-such-model").addUserMessage("x").build()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> client.embeddings().create(EmbeddingCreateParams.builder().model("mock-chat")
                .input("x").build())).isInstanceOf(BadRequestException.class);
    }
}
