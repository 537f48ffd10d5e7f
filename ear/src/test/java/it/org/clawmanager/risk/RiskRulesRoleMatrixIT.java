package it.org.clawmanager.risk;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every risk-rule endpoint × {admin, operator, user, anonymous}, in the style of RoleMatrixIT: ALLOW = neither 401
 * nor 403 (and no 5xx), DENY = 403, ANON = 401. Mutating rows aim at an unknown rule so nothing shared changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskRulesRoleMatrixIT {

    enum Expect { ALLOW, DENY }

    record Row(String method, String path, String body, Expect admin, Expect operator, Expect user) {
    }

    static final Expect A = Expect.ALLOW;
    static final Expect D = Expect.DENY;
    static final String B = "/api/gateway/risk-rules";

    private Session admin;
    private Session operator;
    private Session user;

    @BeforeAll
    void sessions() {
        admin = Api.admin();
        operator = Api.newUser("operator");
        user = Api.newUser("user");
    }

    static List<Row> rows() {
        return List.of(
                new Row("GET", B, null, A, A, D),
                new Row("GET", B + "/detectors", null, A, A, D),
                new Row("GET", B + "/email_address", null, A, A, D),
                new Row("POST", B, "{}", A, D, D),
                new Row("POST", B + "/test", "{\"text\": \"x\"}", A, A, D),
                new Row("PUT", B + "/no-such-rule", "{}", A, D, D),
                new Row("POST", B + "/no-such-rule/enable", "", A, D, D),
                new Row("POST", B + "/bulk-enable", "{\"ruleIds\": [\"no-such-rule\"], \"enabled\": true}", A, D, D),
                new Row("POST", B + "/no-such-rule/disable", "", A, D, D),
                new Row("DELETE", B + "/no-such-rule", null, A, D, D));
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Row r : rows()) {
            String name = r.method() + " " + r.path();
            cases.add(Arguments.of(name, r, "admin", r.admin()));
            cases.add(Arguments.of(name, r, "operator", r.operator()));
            cases.add(Arguments.of(name, r, "user", r.user()));
            cases.add(Arguments.of(name, r, "anonymous", null));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {2} → {3}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryCallerAsDeclared(String name, Row row, String who, Expect expected) {
        Session caller = switch (who) {
            case "admin" -> admin;
            case "operator" -> operator;
            case "user" -> user;
            default -> Api.anonymous();
        };
        Reply r = caller.send(row.method(), row.path(), row.body(), row.body() == null ? null : "application/json");
        if (expected == null) {
            assertThat(r.isProblem(401)).as(r.toString()).isTrue();
        } else if (expected == Expect.ALLOW) {
            assertThat(r.status()).as(r.toString()).isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(r.isProblem(403)).as(r.toString()).isTrue();
        }
    }
}
