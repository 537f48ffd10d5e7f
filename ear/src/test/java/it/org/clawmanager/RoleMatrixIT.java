package it.org.clawmanager;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every management endpoint × {admin, operator, user, another user, anonymous} → the expected status. Requests that
 * pass authorization are allowed to fail validation (they carry minimal bodies), so "allowed" means "neither 401
 * nor 403"; denied means exactly 401 (anonymous) or 403/404 (wrong role or foreign id). Features add their rows to
 * {@link #endpoints()}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIT {

    enum Who { ADMIN, OPERATOR, USER, OTHER_USER, ANONYMOUS }

    /** What a caller gets: ALLOW = served; DENY = 403; HIDDEN = 404 (a foreign id looks like a missing one). */
    enum Expect { ALLOW, DENY, HIDDEN, UNAUTHENTICATED }

    record Endpoint(String method, Function<RoleMatrixIT, String> path, String body, Expect admin, Expect operator,
                    Expect user, Expect otherUser, Expect anonymous) {
        Endpoint(String method, Function<RoleMatrixIT, String> path, String body, Expect admin, Expect operator,
                 Expect user, Expect otherUser) {
            this(method, path, body, admin, operator, user, otherUser, Expect.UNAUTHENTICATED);
        }
    }

    private Session admin;
    private Session operator;
    private Session user;
    private Session otherUser;

    @BeforeAll
    void sessions() {
        admin = Api.admin();
        operator = Api.newUser("operator");
        user = Api.newUser("user");
        otherUser = Api.newUser("user");
    }

    /** The subject of per-user endpoints is always {@code user}; OTHER_USER probes it from outside. */
    long subject() {
        return user.userId();
    }

    static final Expect A = Expect.ALLOW;
    static final Expect D = Expect.DENY;
    static final Expect H = Expect.HIDDEN;

    static List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        e.add(new Endpoint("GET", t -> "/api/users", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/users", "{}", A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/users/import", "username\n", A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/users/me", null, A, A, A, A));
        e.add(new Endpoint("PATCH", t -> "/api/users/me", "{}", A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/users/me/quota", null, A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/users/" + t.subject(), null, A, H, A, H));
        e.add(new Endpoint("PATCH", t -> "/api/users/" + t.subject(), "{}", A, D, D, D));
        e.add(new Endpoint("PUT", t -> "/api/users/" + t.subject() + "/role", "{}", A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/users/" + t.subject() + "/quota", null, A, H, A, H));
        e.add(new Endpoint("PUT", t -> "/api/users/" + t.subject() + "/quota", "{}", A, D, D, D));
        e.add(new Endpoint("DELETE", t -> "/api/users/999999999", null, A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/audit", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/auth/password", "{}", A, A, A, A));
        e.add(new Endpoint("POST", t -> "/api/auth/login", "{}", A, A, A, A, A));
        e.add(new Endpoint("POST", t -> "/api/auth/refresh", "{}", A, A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/auth/jwks", null, A, A, A, A, A));
        // POST /api/auth/logout is covered by AuthIT: calling it here would end the shared sessions
        // AI gateway (foreign key ids → 404 is covered by GatewayKeysIT)
        e.add(new Endpoint("GET", t -> "/api/gateway/keys", null, A, A, A, A));
        e.add(new Endpoint("POST", t -> "/api/gateway/keys", "{}", A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/gateway/keys/999999999", null, A, A, A, A));
        e.add(new Endpoint("POST", t -> "/api/gateway/keys/999999999/rotate", "{}", A, A, A, A));
        e.add(new Endpoint("DELETE", t -> "/api/gateway/keys/999999999", null, A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/gateway/providers", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/gateway/providers", "{}", A, D, D, D));
        e.add(new Endpoint("PUT", t -> "/api/gateway/providers/999999999", "{}", A, D, D, D));
        e.add(new Endpoint("DELETE", t -> "/api/gateway/providers/999999999", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/gateway/providers/999999999/discover", "{}", A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/gateway/models", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/gateway/models", "{}", A, D, D, D));
        e.add(new Endpoint("PUT", t -> "/api/gateway/models/999999999", "{}", A, D, D, D));
        e.add(new Endpoint("DELETE", t -> "/api/gateway/models/999999999", null, A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/gateway/aliases", null, A, D, D, D));
        e.add(new Endpoint("PUT", t -> "/api/gateway/aliases", "{}", A, D, D, D));
        e.add(new Endpoint("DELETE", t -> "/api/gateway/aliases/no-such-alias", null, A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/gateway/prices", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/gateway/prices", "{}", A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/gateway/limits", null, A, D, D, D));
        e.add(new Endpoint("POST", t -> "/api/gateway/limits", "{}", A, D, D, D));
        e.add(new Endpoint("DELETE", t -> "/api/gateway/limits/999999999", null, A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/gateway/access", null, A, D, D, D));
        e.add(new Endpoint("PUT", t -> "/api/gateway/access", "{}", A, D, D, D));
        e.add(new Endpoint("DELETE", t -> "/api/gateway/access/999999999", null, A, D, D, D));
        e.add(new Endpoint("GET", t -> "/api/gateway/audit", null, A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/gateway/audit/no-such-trace", null, A, A, A, A));
        e.add(new Endpoint("GET", t -> "/api/gateway/analytics", null, A, A, A, A));
        return e;
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            cases.add(Arguments.of(e.method() + " " + e.path().apply(this), e, Who.ADMIN, e.admin()));
            cases.add(Arguments.of(e.method() + " " + e.path().apply(this), e, Who.OPERATOR, e.operator()));
            cases.add(Arguments.of(e.method() + " " + e.path().apply(this), e, Who.USER, e.user()));
            cases.add(Arguments.of(e.method() + " " + e.path().apply(this), e, Who.OTHER_USER, e.otherUser()));
            cases.add(Arguments.of(e.method() + " " + e.path().apply(this), e, Who.ANONYMOUS, e.anonymous()));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {2} → {3}")
    @MethodSource("matrix")
    void everyEndpointAnswersEveryCallerAsDeclared(String name, Endpoint endpoint, Who who, Expect expected) {
        Session caller = switch (who) {
            case ADMIN -> admin;
            case OPERATOR -> operator;
            case USER -> user;
            case OTHER_USER -> otherUser;
            case ANONYMOUS -> Api.anonymous();
        };
        String contentType = endpoint.body() == null ? null
                : endpoint.path().apply(this).endsWith("/import") ? "text/csv" : "application/json";
        Reply r = caller.send(endpoint.method(), endpoint.path().apply(this), endpoint.body(), contentType);
        switch (expected) {
            case ALLOW -> assertThat(r.status()).as(r.toString()).isNotIn(401, 403).isLessThan(500);
            case DENY -> assertThat(r.isProblem(403)).as(r.toString()).isTrue();
            case HIDDEN -> assertThat(r.isProblem(404)).as(r.toString()).isTrue();
            case UNAUTHENTICATED -> assertThat(r.isProblem(401)).as(r.toString()).isTrue();
        }
    }
}
