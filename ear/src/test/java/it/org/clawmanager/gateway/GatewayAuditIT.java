package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Request records and analytics: one record per request, owners and admins only, aggregates over all records. */
class GatewayAuditIT {

    @Test
    void ownersAndAdminsSeeARecordOthersDoNot() {
        Session owner = Api.newUser("user");
        Session other = Api.newUser("user");
        String key = Gw.key(owner, "audit");
        Reply chat = Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "audit me"));
        String trace = chat.header("X-Trace-Id").orElseThrow();

        JsonObject rec = Gw.record(trace);
        assertThat(rec.getJsonNumber("userId").longValue()).isEqualTo(owner.userId());
        assertThat(rec.getString("status", null)).isNull();
        assertThat(rec.getInt("status")).isEqualTo(200);
        assertThat(rec.getJsonArray("events").toString()).contains("gateway.request.received",
                "gateway.request.completed");
        assertThat(rec.containsKey("priceVersion")).isTrue();
        assertThat(owner.get("/api/gateway/audit/" + trace).status()).isEqualTo(200);
        assertThat(other.get("/api/gateway/audit/" + trace).isProblem(404)).isTrue();
        assertThat(other.get("/api/gateway/audit/unknown-trace").isProblem(404)).isTrue();

        Reply mine = owner.get("/api/gateway/audit");
        assertThat(mine.json().getJsonNumber("total").longValue()).isEqualTo(1);
        Reply spoof = other.get("/api/gateway/audit?userId=" + owner.userId());
        assertThat(spoof.json().getJsonNumber("total").longValue()).isZero();
        Reply admin = Api.admin().get("/api/gateway/audit?userId=" + owner.userId() + "&model=mock-chat&status=200");
        assertThat(admin.json().getJsonArray("items").getJsonObject(0).getString("traceId")).isEqualTo(trace);
    }

    @Test
    void capturedContentIsStoredWithTheRecordOfWholeAndStreamedAnswers() throws Exception {
        // the IT server captures content (.ci/it-environment.sh); the embedded default does not
        String key = Gw.key(Api.newUser("user"), "capture");
        Reply whole = Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "capture this question"));
        assertThat(whole.status()).isEqualTo(200);
        JsonObject rec = Gw.record(whole.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getString("requestContent")).contains("capture this question");
        assertThat(rec.getString("responseContent")).isEqualTo("Mock answer to: capture this question");

        Reply streamed = Gw.send(Gw.DATA_PLANE_V1, "POST", key, "/chat/completions", "{\"model\":\"mock-chat\","
                + "\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"stream this one\"}]}",
                "application/json", java.util.Map.of());
        assertThat(streamed.status()).isEqualTo(200);
        JsonObject srec = Gw.record(streamed.header("X-Trace-Id").orElseThrow());
        assertThat(srec.getString("requestContent")).contains("stream this one");
        assertThat(srec.getString("responseContent")).isEqualTo("Mock answer to: stream this one");
    }

    @Test
    void failedRequestsAreRecordedToo() {
        Session owner = Api.newUser("user");
        String key = Gw.key(owner, "fails");
        Reply bad = Gw.post(key, "/chat/completions", Gw.chat("does-not-exist", "x"));
        assertThat(bad.status()).isEqualTo(404);
        JsonObject rec = Gw.record(bad.header("X-Trace-Id").orElseThrow());
        assertThat(rec.getInt("status")).isEqualTo(404);
        assertThat(rec.getString("error")).contains("does-not-exist");
        assertThat(rec.getJsonNumber("promptTokens").longValue()).isZero();
    }

    @Test
    void analyticsGroupByDayUserAndModel() {
        Session owner = Api.newUser("user");
        String key = Gw.key(owner, "analytics");
        for (int i = 0; i < 3; i++) {
            Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "n" + i));
        }
        Gw.post(key, "/embeddings", "{\"model\":\"mock-embed\",\"input\":[\"a\",\"b\"]}");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Reply byModel = owner.get("/api/gateway/analytics?groupBy=model&from=" + today);
        assertThat(byModel.status()).as(byModel.toString()).isEqualTo(200);
        JsonObject a = byModel.json();
        assertThat(a.getJsonObject("totals").getJsonNumber("requests").longValue()).isEqualTo(4);
        assertThat(a.getJsonArray("groups").toString()).contains("\"key\":\"mock-chat\"", "\"key\":\"mock-embed\"");
        JsonObject byDay = owner.get("/api/gateway/analytics?groupBy=day").json();
        assertThat(byDay.getJsonArray("groups").getJsonObject(byDay.getJsonArray("groups").size() - 1)
                .getString("key")).isEqualTo(today);
        JsonObject byUser = Api.admin().get("/api/gateway/analytics?groupBy=user").json();
        assertThat(byUser.getJsonArray("groups").toString()).contains("\"key\":\"" + owner.userId() + "\"");
        assertThat(owner.get("/api/gateway/analytics?groupBy=planet").isProblem(400)).isTrue();
        assertThat(owner.get("/api/gateway/analytics?from=yesterday").isProblem(400)).isTrue();
    }

    @Test
    void metricsExposeGatewayCounters() {
        Gw.post(Gw.key(Api.newUser("user"), "metrics"), "/chat/completions", Gw.chat("mock-chat", "m"));
        Reply m = Api.anonymous().get("/metrics?scope=application");
        assertThat(m.body()).contains("gateway_requests_total", "gateway_tokens_total", "gateway_cost_micros_total",
                "gateway_overhead_microseconds");
    }
}
