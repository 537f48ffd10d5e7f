package it.org.clawmanager.risk;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad bodies on every risk-rule endpoint that takes JSON: a problem+json 4xx, never a 500. */
class RiskRulesBadInputIT {

    private static final List<String> ENDPOINTS = List.of("POST /api/gateway/risk-rules",
            "PUT /api/gateway/risk-rules/email_address", "POST /api/gateway/risk-rules/test",
            "POST /api/gateway/risk-rules/bulk-enable");

    private static final Map<String, String> BODIES = Map.of(
            "malformed JSON", "{\"text\": ",
            "array instead of object", "[1,2,3]",
            "wrong types", "{\"ruleId\": 5, \"name\": [1], \"kind\": {}, \"keywords\": \"x\", \"wholeWord\": \"yes\","
                    + " \"sortOrder\": \"first\", \"text\": 7, \"direction\": 3}",
            "missing fields", "{}",
            "JSON null", "null",
            "empty body", "",
            "binary garbage", "\u0000\u0001\u00ff{{{");

    static Stream<Arguments> cases() {
        return ENDPOINTS.stream().flatMap(e -> BODIES.entrySet().stream().map(b -> Arguments.of(e, b.getKey(),
                b.getValue())));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void badBodiesGetAProblem(String endpoint, String kind, String body) {
        Session admin = Api.admin();
        String[] parts = endpoint.split(" ");
        Reply r = admin.send(parts[0], parts[1], body, "application/json");
        assertThat(r.status()).as(endpoint + " " + kind + ": " + r).isBetween(400, 499);
        assertThat(r.isProblem(r.status())).as(r.toString()).isTrue();
    }
}
