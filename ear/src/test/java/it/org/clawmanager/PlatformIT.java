package it.org.clawmanager;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Health probes, OpenAPI, metrics and the console's static serving. */
class PlatformIT {

    @Test
    void healthProbesAreUpAndReadinessCoversTheDependencies() {
        Reply ready = Api.anonymous().get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"", "\"redis\"", "\"object-storage\"")
                .contains("\"mode\":\"redis\"");
        assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
        assertThat(Api.anonymous().get("/health/started").status()).isEqualTo(200);
    }

    @Test
    void openApiDocumentListsThePathsOfBothWars() {
        Reply doc = Api.anonymous().get("/openapi");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/auth/login", "/api/users", "/api/audit", "/v1/models");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        Reply metrics = Api.anonymous().get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
    }

    @Test
    void consoleRoutesFallBackToIndexHtmlButApiRoutesDoNot() {
        Reply route = Api.anonymous().send("GET", "/users", null, null, Map.of("Accept", "text/html"));
        assertThat(route.status()).isEqualTo(200);
        assertThat(route.body()).contains("<div id=\"root\">");
        assertThat(route.header("X-Frame-Options")).contains("DENY");
        Reply api = Api.anonymous().get("/api/no-such-thing");
        assertThat(api.isProblem(404)).as(api.toString()).isTrue();
    }

    @Test
    void requestIdsAreEchoedAndGeneratedWhenAbsent() {
        Reply given = Api.anonymous().send("GET", "/api/auth/jwks", null, null, Map.of("X-Request-Id", "it-request-0001"));
        assertThat(given.header("X-Request-Id")).contains("it-request-0001");
        Reply generated = Api.anonymous().get("/api/auth/jwks");
        assertThat(generated.header("X-Request-Id")).isPresent().get().asString().hasSizeGreaterThan(8);
        assertThat(generated.json().getJsonArray("keys")).isNotEmpty();
    }
}
