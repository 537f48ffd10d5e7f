package it.org.clawmanager.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real risk rules (not a stand-in) acting on gateway traffic: an admin's rule blocks a request, another reroutes
 * it to the secure model, a third redacts — each visible in the trace the audit explorer shows. The rules match
 * only this run's unique words, so no other test's traffic is affected, and they are deleted afterwards.
 */
class GatewayRiskIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> RULES = new ArrayList<>();
    private static String key;

    @BeforeAll
    static void rulesAndKey() {
        rule("it-block-" + RUN, "blockword" + RUN, "block");
        rule("it-reroute-" + RUN, "reroutepls" + RUN, "reroute");
        rule("it-redact-" + RUN, "redactme" + RUN, "redact");
        Session user = Api.newUser("user");
        key = Gw.key(user, "risk-it");
    }

    @AfterAll
    static void deleteRules() {
        Session admin = Api.admin();
        RULES.forEach(id -> admin.delete("/api/gateway/risk-rules/" + id));
    }

    @Test
    void aBlockRuleRefusesTheRequestWithAPolicyErrorAndTheTraceSaysWhy() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "please discuss blockword" + RUN + " now"));
        assertThat(Gw.isOpenAiError(r, 400)).as(r.toString()).isTrue();
        assertThat(r.json().getJsonObject("error").getString("code")).isEqualTo("content_policy_violation");
        assertThat(r.body()).doesNotContain("blockword" + RUN);

        JsonObject trace = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(trace.getInt("status")).isEqualTo(400);
        assertThat(trace.getString("riskAction")).isEqualToIgnoringCase("block");
        assertThat(trace.getJsonArray("riskHits").toString()).contains("it-block-" + RUN);
    }

    @Test
    void aRerouteRuleServesTheRequestFromTheSecureModel() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "summarise reroutepls" + RUN));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);

        JsonObject trace = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(trace.getString("requestedModel")).isEqualTo("mock-chat");
        assertThat(trace.getString("servedModel")).isEqualTo("mock-secure");
        assertThat(trace.getString("riskAction")).isEqualToIgnoringCase("reroute");
        assertThat(trace.getJsonArray("riskHits").toString()).contains("it-reroute-" + RUN);
    }

    @Test
    void aRedactRuleLetsTheRequestThroughAndTheHitIsRecordedMasked() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "keep redactme" + RUN + " private"));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);

        JsonObject trace = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(trace.getString("servedModel")).isEqualTo("mock-chat");
        assertThat(trace.getString("riskAction")).isEqualToIgnoringCase("redact");
        String hits = trace.getJsonArray("riskHits").toString();
        assertThat(hits).contains("it-redact-" + RUN).doesNotContain("redactme" + RUN);
    }

    @Test
    void aRequestWithoutMatchesIsUntouched() {
        Reply r = Gw.post(key, "/chat/completions", Gw.chat("mock-chat", "hello there " + RUN));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject trace = Gw.record(r.header("X-Trace-Id").orElseThrow());
        assertThat(trace.getJsonArray("riskHits").toString()).doesNotContain("it-block-" + RUN)
                .doesNotContain("it-reroute-" + RUN).doesNotContain("it-redact-" + RUN);
    }

    private static void rule(String id, String word, String action) {
        Reply r = Api.admin().post("/api/gateway/risk-rules", """
                {"ruleId": "%s", "name": "gateway IT %s", "kind": "regex", "pattern": "%s", "severity": "high",
                 "action": "%s", "category": "custom"}""".formatted(id, action, word, action));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        RULES.add(id);
    }
}
