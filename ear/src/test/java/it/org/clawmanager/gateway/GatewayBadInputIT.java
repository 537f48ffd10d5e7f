package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input on /v1 (OpenAI error envelopes) and on /api/gateway (problem+json): 4xx, never a 500. */
class GatewayBadInputIT {

    static String key;
    static Session user;

    @BeforeAll
    static void key() {
        user = Api.newUser("user");
        key = Gw.key(user, "bad-input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "null", "\"text\"", "42", "{\"model\":5,\"messages\":[]}", "{\"messages\":[]}",
            "{\"model\":\"mock-chat\"}", "{\"model\":\"mock-chat\",\"messages\":\"hi\"}",
            "{\"model\":\"mock-chat\",\"messages\":[]}", "{\"model\":\"mock-chat\",\"messages\":[1]}",
            "{\"model\":\"mock-chat\",\"messages\":[{\"content\":\"no role\"}]}",
            "{\"model\":\"mock-chat\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
            "{\"model\":\"mock-chat\",\"max_tokens\":-1,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
            "{\"model\":\"mock-chat\",\"max_tokens\":\"ten\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
            "{\"model\":\"\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}"})
    void malformedChatRequestsAnswer400(String body) {
        Reply r = Gw.post(key, "/chat/completions", body);
        assertThat(Gw.isOpenAiError(r, 400)).as(body + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"model\":\"mock-embed\"}", "{\"model\":\"mock-embed\",\"input\":5}",
            "{\"model\":\"mock-embed\",\"input\":{}}"})
    void malformedEmbeddingRequestsAnswer400(String body) {
        assertThat(Gw.isOpenAiError(Gw.post(key, "/embeddings", body), 400)).as(body).isTrue();
    }

    @Test
    void emptyAndBinaryBodiesAnswer400() {
        assertThat(Gw.isOpenAiError(Gw.post(key, "/chat/completions", ""), 400)).isTrue();
        assertThat(Gw.isOpenAiError(Gw.post(key, "/chat/completions", "\u0000\u0001\u00ff"), 400)).isTrue();
    }

    @Test
    void oversizedBodiesAnswer413() {
        String big = "{\"model\":\"mock-chat\",\"messages\":[{\"role\":\"user\",\"content\":\"" + "a".repeat(9_000_000)
                + "\"}]}";
        Reply r = Gw.post(key, "/chat/completions", big);
        assertThat(Gw.isOpenAiError(r, 413)).as(r.toString()).isTrue();
    }

    @Test
    void wrongMethodsMediaTypesAndPathsAnswerEnvelopes() {
        assertThat(Gw.isOpenAiError(Gw.get(key, "/chat/completions"), 405)).isTrue();
        assertThat(Gw.isOpenAiError(Gw.send("POST", key, "/models", "{}", "application/json", Map.of()), 405)).isTrue();
        assertThat(Gw.isOpenAiError(Gw.send("POST", key, "/chat/completions", "x", "text/plain", Map.of()), 415)).isTrue();
        assertThat(Gw.isOpenAiError(Gw.get(key, "/no/such/endpoint"), 404)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[]", "null", "{}", "{\"name\":\"\"}", "{\"name\":[\"x\"]}", "{\"name\":\"x\",\"expiresInDays\":0}",
            "{\"name\":\"x\",\"allowedModels\":\"mock-chat\"}"})
    void badKeyRequestsAnswerProblems(String body) {
        Reply r = user.post("/api/gateway/keys", body);
        assertThat(r.isProblem(400)).as(body + " -> " + r).isTrue();
    }

    @Test
    void oversizedAndMistypedManagementBodies() {
        assertThat(user.post("/api/gateway/keys", "{\"name\":\"" + "a".repeat(2_000_000) + "\"}").isProblem(413)).isTrue();
        assertThat(user.send("POST", "/api/gateway/keys", "name=x", "text/plain").isProblem(415)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"name\":\"p\",\"kind\":\"cobol\"}", "{\"name\":\"bad name\",\"kind\":\"mock\"}",
            "{\"name\":\"p1\",\"kind\":\"openai\"}", "{\"name\":\"p2\",\"kind\":\"openai\",\"baseUrl\":\"ftp://x\"}",
            "{\"name\":\"p3\",\"kind\":\"mock\",\"settings\":[1]}"})
    void badProviderRequestsAnswerProblems(String body) {
        Reply r = Api.admin().post("/api/gateway/providers", body);
        assertThat(r.isProblem(400)).as(body + " -> " + r).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"scope\":\"planet\",\"metric\":\"requests\",\"period\":\"day\",\"limit\":1}",
            "{\"scope\":\"user\",\"metric\":\"beers\",\"period\":\"day\",\"limit\":1}",
            "{\"scope\":\"user\",\"metric\":\"requests\",\"period\":\"decade\",\"limit\":1}",
            "{\"scope\":\"user\",\"metric\":\"requests\",\"period\":\"day\",\"limit\":-5}",
            "{\"scope\":\"user\",\"metric\":\"requests\",\"period\":\"day\",\"limit\":\"many\"}"})
    void badLimitRequestsAnswerProblems(String body) {
        assertThat(Api.admin().post("/api/gateway/limits", body).isProblem(400)).as(body).isTrue();
    }

    @Test
    void badModelsPricesAliasesAndAccessLists() {
        assertThat(Api.admin().post("/api/gateway/models", "{\"name\":\"m\",\"providerId\":999999999}").isProblem(404))
                .isTrue();
        assertThat(Api.admin().post("/api/gateway/models", "{\"name\":\"m\"}").isProblem(400)).isTrue();
        assertThat(Api.admin().post("/api/gateway/models", "{\"name\":\"m\",\"providerId\":1,\"kind\":\"video\"}")
                .isProblem(400)).isTrue();
        assertThat(Api.admin().post("/api/gateway/prices", "{\"model\":\"m\",\"inputPerMTok\":-1,\"outputPerMTok\":1}")
                .isProblem(400)).isTrue();
        assertThat(Api.admin().post("/api/gateway/prices", "{\"model\":\"m\"}").isProblem(400)).isTrue();
        assertThat(Api.admin().put("/api/gateway/aliases", "{\"alias\":\"a\",\"target\":\"a\"}").isProblem(400)).isTrue();
        assertThat(Api.admin().put("/api/gateway/access", "{\"scope\":\"user\",\"subject\":\"1\",\"models\":[]}")
                .isProblem(400)).isTrue();
    }

    @Test
    void unknownIdsAnswer404() {
        Session admin = Api.admin();
        assertThat(user.get("/api/gateway/keys/999999999").isProblem(404)).isTrue();
        assertThat(user.delete("/api/gateway/keys/999999999").isProblem(404)).isTrue();
        assertThat(admin.put("/api/gateway/providers/999999999", "{\"name\":\"x\",\"kind\":\"mock\"}").isProblem(404))
                .isTrue();
        assertThat(admin.delete("/api/gateway/providers/999999999").isProblem(404)).isTrue();
        assertThat(admin.post("/api/gateway/providers/999999999/discover", "").isProblem(404)).isTrue();
        assertThat(admin.delete("/api/gateway/models/999999999").isProblem(404)).isTrue();
        assertThat(admin.delete("/api/gateway/aliases/no-such-alias").isProblem(404)).isTrue();
        assertThat(admin.delete("/api/gateway/access/999999999").isProblem(404)).isTrue();
        assertThat(user.get("/api/gateway/keys/not-a-number").status()).isEqualTo(404);
    }
}
