package it.org.clawmanager;

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

/**
 * Bad input on every JSON endpoint answers a problem+json 4xx, never a 500 or a stack trace: malformed JSON, wrong
 * types, missing body, an array instead of an object, unknown ids, oversized bodies, wrong media type.
 */
class BadInputIT {

    private static final List<String> JSON_ENDPOINTS = List.of(
            "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/password",
            "POST /api/users", "PATCH /api/users/me", "PATCH /api/users/{admin}", "PUT /api/users/{admin}/role",
            "PUT /api/users/{admin}/quota");

    private static final Map<String, String> BODIES = Map.of(
            "malformed JSON", "{\"username\": ",
            "array instead of object", "[1,2,3]",
            "wrong types", "{\"username\": {\"a\": 1}, \"password\": [true], \"role\": 7, \"maxInstances\": \"ten\","
                    + " \"email\": 5, \"refreshToken\": {}, \"currentPassword\": false}",
            "JSON null", "null",
            "empty body", "",
            "binary garbage", "\u0000\u0001\u00ff{{{");

    static Stream<Arguments> cases() {
        return JSON_ENDPOINTS.stream().flatMap(endpoint -> BODIES.entrySet().stream()
                .map(body -> Arguments.of(endpoint, body.getKey(), body.getValue())));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("cases")
    void badBodiesGetAProblemNotAServerError(String endpoint, String kind, String body) {
        Session admin = Api.admin();
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{admin}", String.valueOf(admin.userId()));
        Reply r = admin.send(parts[0], path, body, "application/json");
        assertThat(r.status()).as(endpoint + " " + kind + ": " + r).isBetween(400, 499);
        assertThat(r.isProblem(r.status())).as(r.toString()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void oversizedBodiesAre413(String endpoint) {
        Session admin = Api.admin();
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{admin}", String.valueOf(admin.userId()));
        String huge = "{\"displayName\": \"" + "x".repeat(1_100_000) + "\"}";
        Reply r = admin.send(parts[0], path, huge, "application/json");
        assertThat(r.isProblem(413)).as(endpoint + ": " + r).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonEndpoints")
    void otherMediaTypesAre415(String endpoint) {
        Session admin = Api.admin();
        String[] parts = endpoint.split(" ");
        String path = parts[1].replace("{admin}", String.valueOf(admin.userId()));
        Reply r = admin.send(parts[0], path, "<user/>", "application/xml");
        assertThat(r.isProblem(415)).as(endpoint + ": " + r).isTrue();
    }

    static Stream<String> jsonEndpoints() {
        return JSON_ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownIds")
    void unknownAndNonNumericIdsAre404(String method, String path) {
        Reply r = Api.admin().send(method, path, method.equals("GET") || method.equals("DELETE") ? null : "{}",
                method.equals("GET") || method.equals("DELETE") ? null : "application/json");
        assertThat(r.isProblem(404)).as(method + " " + path + ": " + r).isTrue();
    }

    static Stream<Arguments> unknownIds() {
        return Stream.of(
                Arguments.of("GET", "/api/users/987654321"), Arguments.of("GET", "/api/users/abc"),
                Arguments.of("DELETE", "/api/users/987654321"), Arguments.of("GET", "/api/users/987654321/quota"),
                Arguments.of("PATCH", "/api/users/987654321"), Arguments.of("GET", "/api/users/-1"),
                Arguments.of("GET", "/api/users/99999999999999999999999"));
    }
}
