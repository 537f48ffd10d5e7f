package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Rate limits and budgets: 429 with Retry-After, and no overspending by many parallel requests. */
class GatewayLimitsIT {

    static String limit(String scope, String subject, String metric, String period, String value) {
        Reply r = Api.admin().post("/api/gateway/limits", Json.createObjectBuilder().add("scope", scope)
                .add("subject", subject).add("metric", metric).add("period", period)
                .add("limit", new BigDecimal(value)).build().toString());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").toString();
    }

    @Test
    void requestsPerMinuteOfAKeyAnswer429WithRetryAfter() {
        Session user = Api.newUser("user");
        JsonObject key = Gw.keyCreation(user, "{\"name\":\"rpm\"}");
        limit("key", key.getJsonNumber("id").toString(), "requests", "minute", "3");
        for (int i = 0; i < 3; i++) {
            assertThat(Gw.post(key.getString("key"), "/chat/completions", Gw.chat("mock-chat", "hi")).status())
                    .isEqualTo(200);
        }
        Reply r = Gw.post(key.getString("key"), "/chat/completions", Gw.chat("mock-chat", "hi"));
        assertThat(Gw.isOpenAiError(r, 429)).as(r.toString()).isTrue();
        assertThat(r.json().getJsonObject("error").getString("code")).isEqualTo("rate_limit_exceeded");
        assertThat(Integer.parseInt(r.header("Retry-After").orElseThrow())).isBetween(1, 60);
        // another key of the same user is not affected by this key's limit
        assertThat(Gw.post(Gw.key(user, "other"), "/chat/completions", Gw.chat("mock-chat", "hi")).status())
                .isEqualTo(200);
    }

    @Test
    void tokensPerMinuteCountRealUsage() {
        Session user = Api.newUser("user");
        String key = Gw.key(user, "tpm");
        limit("user", Long.toString(user.userId()), "tokens", "minute", "200");
        String body = "{\"model\":\"mock-chat\",\"max_tokens\":20,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}";
        int ok = 0;
        Reply last = null;
        for (int i = 0; i < 40 && (last == null || last.status() == 200); i++) {
            last = Gw.post(key, "/chat/completions", body);
            ok += last.status() == 200 ? 1 : 0;
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(ok).isGreaterThan(3); // settled with the real (small) usage, not the 20-token estimate
    }

    @Test
    void parallelRequestsNeverOverspendABudget() throws Exception {
        Session user = Api.newUser("user");
        String key = Gw.key(user, "budget");
        limit("user", Long.toString(user.userId()), "cost", "day", "0.001");
        String prompt = "x".repeat(4000);
        String body = "{\"model\":\"mock-chat\",\"max_tokens\":600,\"messages\":[{\"role\":\"user\",\"content\":\""
                + prompt + "\"}]}";
        int ok = 0;
        int limited = 0;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    replies.add(pool.submit(() -> Gw.post(key, "/chat/completions", body)));
                }
                for (Future<Reply> f : replies) {
                    Reply r = f.get();
                    if (r.status() == 200) {
                        ok++;
                    } else {
                        assertThat(Gw.isOpenAiError(r, 429)).as(r.toString()).isTrue();
                        assertThat(r.json().getJsonObject("error").getString("code")).isEqualTo("budget_exceeded");
                        assertThat(r.header("Retry-After")).isPresent();
                        limited++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ok).isGreaterThanOrEqualTo(1);
        assertThat(limited).isGreaterThan(0);
        Reply a = Api.admin().get("/api/gateway/analytics?groupBy=user&userId=" + user.userId());
        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        BigDecimal spent = a.json().getJsonObject("totals").getJsonNumber("cost").bigDecimalValue();
        assertThat(spent).isPositive().isLessThanOrEqualTo(new BigDecimal("0.001"));
        assertThat(a.json().getJsonObject("totals").getJsonNumber("requests").longValue()).isEqualTo(ok + limited);
    }

    @Test
    void limitsAreListedAndDeletable() {
        String id = limit("model", "mock-embed", "requests", "hour", "100000");
        assertThat(Api.admin().get("/api/gateway/limits").body()).contains("\"id\":" + id);
        assertThat(Api.admin().delete("/api/gateway/limits/" + id).status()).isEqualTo(204);
        assertThat(Api.admin().delete("/api/gateway/limits/" + id).isProblem(404)).isTrue();
    }
}
