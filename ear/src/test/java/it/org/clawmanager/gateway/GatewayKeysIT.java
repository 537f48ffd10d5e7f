package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Gateway keys: shown once, hashed, rotated, revoked, scoped to models; allow-lists per user. */
class GatewayKeysIT {

    @Test
    void aKeyIsShownOnceAndWorksUntilRevoked() {
        Session user = Api.newUser("user");
        JsonObject created = Gw.keyCreation(user, "{\"name\":\"laptop\"}");
        String secret = created.getString("key");
        assertThat(secret).startsWith("cmgw_").hasSizeGreaterThan(40);
        long id = created.getJsonNumber("id").longValue();

        Reply list = user.get("/api/gateway/keys");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("laptop").doesNotContain(secret);
        assertThat(user.get("/api/gateway/keys/" + id).json().getString("status")).isEqualTo("active");
        assertThat(Gw.get(secret, "/models").status()).isEqualTo(200);

        assertThat(user.delete("/api/gateway/keys/" + id).status()).isEqualTo(204);
        Reply after = Gw.get(secret, "/models");
        assertThat(Gw.isOpenAiError(after, 401)).as(after.toString()).isTrue();
        assertThat(user.get("/api/gateway/keys/" + id).json().getString("status")).isEqualTo("revoked");
    }

    @Test
    void rotationReplacesTheSecret() {
        Session user = Api.newUser("user");
        JsonObject created = Gw.keyCreation(user, "{\"name\":\"ci\"}");
        long id = created.getJsonNumber("id").longValue();
        Reply rotated = user.post("/api/gateway/keys/" + id + "/rotate", "");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String fresh = rotated.json().getString("key");
        assertThat(fresh).isNotEqualTo(created.getString("key"));
        assertThat(rotated.json().getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(Gw.get(created.getString("key"), "/models").status()).isEqualTo(401);
        assertThat(Gw.get(fresh, "/models").status()).isEqualTo(200);
    }

    @Test
    void othersCannotSeeOrTouchAKeyButAdminsCan() {
        Session owner = Api.newUser("user");
        Session other = Api.newUser("user");
        long id = Gw.keyCreation(owner, "{\"name\":\"mine\"}").getJsonNumber("id").longValue();
        assertThat(other.get("/api/gateway/keys/" + id).isProblem(404)).isTrue();
        assertThat(other.delete("/api/gateway/keys/" + id).isProblem(404)).isTrue();
        assertThat(other.post("/api/gateway/keys/" + id + "/rotate", "").isProblem(404)).isTrue();
        assertThat(other.get("/api/gateway/keys").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(other.get("/api/gateway/keys?all=true").body()).doesNotContain("\"name\":\"mine\"");
        assertThat(Api.admin().get("/api/gateway/keys?all=true").body()).contains("\"id\":" + id);
        assertThat(Api.admin().get("/api/gateway/keys/" + id).status()).isEqualTo(200);
    }

    @Test
    void aKeyLimitedToModelsSeesAndCallsOnlyThose() {
        Session user = Api.newUser("user");
        String secret = Gw.keyCreation(user, "{\"name\":\"embed-only\",\"allowedModels\":[\"mock-embed\"]}")
                .getString("key");
        Reply models = Gw.get(secret, "/models");
        assertThat(models.body()).contains("\"mock-embed\"", "text-embedding-3-small").doesNotContain("\"mock-chat\"");
        Reply chat = Gw.post(secret, "/chat/completions", Gw.chat("mock-chat", "hi"));
        assertThat(Gw.isOpenAiError(chat, 403)).as(chat.toString()).isTrue();
        assertThat(chat.json().getJsonObject("error").getString("code")).isEqualTo("model_not_allowed");
        assertThat(Gw.post(secret, "/embeddings", "{\"model\":\"mock-embed\",\"input\":\"x\"}").status()).isEqualTo(200);
    }

    @Test
    void anAccessListOfTheUserNarrowsAllTheirKeys() {
        Session user = Api.newUser("user");
        String secret = Gw.key(user, "any");
        Reply put = Api.admin().put("/api/gateway/access", "{\"scope\":\"user\",\"subject\":\"" + user.userId()
                + "\",\"models\":[\"mock-embed\"]}");
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        Reply chat = Gw.post(secret, "/chat/completions", Gw.chat("mock-chat", "hi"));
        assertThat(Gw.isOpenAiError(chat, 403)).as(chat.toString()).isTrue();
        assertThat(Api.admin().delete("/api/gateway/access/" + put.json().getJsonNumber("id")).status()).isEqualTo(204);
        assertThat(Gw.post(secret, "/chat/completions", Gw.chat("mock-chat", "hi")).status()).isEqualTo(200);
    }

    @Test
    void unknownMissingAndMalformedKeysAnswer401Envelopes() {
        assertThat(Gw.isOpenAiError(Gw.get("cmgw_" + "A".repeat(43), "/models"), 401)).isTrue();
        assertThat(Gw.isOpenAiError(Gw.get(null, "/models"), 401)).isTrue();
        assertThat(Gw.isOpenAiError(Gw.post("x".repeat(5000), "/chat/completions", Gw.chat("mock-chat", "hi")), 401))
                .isTrue();
        Reply r = Gw.post("nope", "/chat/completions", Gw.chat("mock-chat", "hi"));
        assertThat(r.json().getJsonObject("error").getString("code")).isEqualTo("invalid_api_key");
        assertThat(r.header("X-Trace-Id")).isPresent();
    }
}
