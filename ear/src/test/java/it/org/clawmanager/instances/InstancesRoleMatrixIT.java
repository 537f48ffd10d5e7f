package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The role matrix rows of the instance endpoints (same rules as RoleMatrixIT): the subject instance belongs to
 * {@code user}; another user sees 404; operators and admins see everything; anonymous callers get 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstancesRoleMatrixIT {

    enum Expect { ALLOW, DENY, HIDDEN, UNAUTHENTICATED }

    record Row(String method, String path, String body, Expect admin, Expect operator, Expect user, Expect other,
               Expect anonymous) {
    }

    Session admin;
    Session operator;
    Session user;
    Session other;
    long subject;

    @BeforeAll
    void setUp() {
        admin = Api.admin();
        operator = Api.newUser("operator");
        user = Api.newUser("user");
        other = Api.newUser("user");
        subject = Fleet.create(user, "matrix");
    }

    @AfterAll
    void tearDown() {
        user.delete("/api/instances/" + subject);
    }

    List<Row> rows() {
        Expect a = Expect.ALLOW;
        Expect d = Expect.DENY;
        Expect h = Expect.HIDDEN;
        Expect u = Expect.UNAUTHENTICATED;
        String i = "/api/instances/" + subject;
        List<Row> r = new ArrayList<>();
        r.add(new Row("GET", "/api/instances", null, a, a, a, a, u));
        r.add(new Row("POST", "/api/instances", "{}", a, a, a, a, u));
        r.add(new Row("POST", "/api/instances/batch", "{}", a, a, a, a, u));
        r.add(new Row("POST", "/api/instances/batch-delete", "{}", a, a, a, a, u));
        r.add(new Row("GET", i, null, a, a, a, h, u));
        r.add(new Row("POST", i + "/start", null, a, a, a, h, u));
        r.add(new Row("GET", i + "/commands", null, a, a, a, h, u));
        r.add(new Row("POST", i + "/commands", "{\"type\":\"health_check\"}", a, a, a, h, u));
        r.add(new Row("GET", i + "/commands/999999999", null, h, h, h, h, u));
        r.add(new Row("POST", i + "/commands/999999999/cancel", null, h, h, h, h, u));
        r.add(new Row("POST", "/api/instances/999999999/stop", null, h, h, h, h, u));
        r.add(new Row("GET", "/api/cluster/capacity", null, a, a, d, d, u));
        return r;
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            String name = row.method() + " " + row.path();
            cases.add(Arguments.of(name, row, "admin", row.admin()));
            cases.add(Arguments.of(name, row, "operator", row.operator()));
            cases.add(Arguments.of(name, row, "user", row.user()));
            cases.add(Arguments.of(name, row, "other", row.other()));
            cases.add(Arguments.of(name, row, "anonymous", row.anonymous()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {2} → {3}")
    @MethodSource("matrix")
    void everyInstanceEndpointAnswersAsDeclared(String name, Row row, String who, Expect expected) {
        Session caller = switch (who) {
            case "admin" -> admin;
            case "operator" -> operator;
            case "user" -> user;
            case "other" -> other;
            default -> Api.anonymous();
        };
        Reply r = caller.send(row.method(), row.path(), row.body(), row.body() == null ? null : "application/json");
        switch (expected) {
            case ALLOW -> assertThat(r.status()).as(r.toString()).isNotIn(401, 403, 404).isLessThan(500);
            case DENY -> assertThat(r.isProblem(403)).as(r.toString()).isTrue();
            case HIDDEN -> assertThat(r.isProblem(404)).as(r.toString()).isTrue();
            case UNAUTHENTICATED -> assertThat(r.isProblem(401)).as(r.toString()).isTrue();
        }
    }
}
