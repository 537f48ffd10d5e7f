package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input on the instance endpoints: always a problem+json 4xx, never a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstancesBadInputIT {

    Session user;

    @BeforeAll
    void setUp() {
        user = Api.newUser("user");
    }

    Stream<String[]> bodies() {
        return Stream.of(
                new String[] {"/api/instances", "{\"name\":"},
                new String[] {"/api/instances", "[]"},
                new String[] {"/api/instances", "null"},
                new String[] {"/api/instances", ""},
                new String[] {"/api/instances", "{}"},
                new String[] {"/api/instances", "{\"name\":\"x\"}"},
                new String[] {"/api/instances", "{\"name\":{\"a\":1},\"type\":\"custom\"}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"custom\",\"env\":{\"A\":null}}"},
                new String[] {"/api/instances", "{\"name\":\"bad name!\",\"type\":\"custom\"}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"spaceship\"}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"custom\",\"size\":\"huge\"}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"custom\",\"cpuMillicores\":\"lots\"}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"custom\",\"cpuMillicores\":-5}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"custom\",\"env\":{\"1BAD\":\"x\"}}"},
                new String[] {"/api/instances", "{\"name\":\"ok\",\"type\":\"custom\",\"env\":[1]}"},
                new String[] {"/api/instances/batch", "{\"namePrefix\":\"p\",\"count\":99,\"template\":{\"type\":\"custom\"}}"},
                new String[] {"/api/instances/batch", "{\"namePrefix\":\"p\",\"count\":2}"},
                new String[] {"/api/instances/batch-delete", "{\"ids\":[]}"},
                new String[] {"/api/instances/batch-delete", "{\"ids\":[\"a\"]}"},
                new String[] {"/api/instances/batch-delete", "{}"});
    }

    @org.junit.jupiter.api.AfterAll
    void removeAnythingCreated() {
        user.get("/api/instances").json().getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class)
                .forEach(i -> user.delete("/api/instances/" + i.getJsonNumber("id")));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void malformedOrInvalidBodiesAre400(String path, String body) {
        Reply r = user.post(path, body);
        assertThat(r.isProblem(400)).as(path + " " + body + " → " + r).isTrue();
    }

    @ParameterizedTest
    @MethodSource("it.org.clawmanager.instances.InstancesBadInputIT#unknownIds")
    void unknownAndMalformedIdsAre404(String method, String path) {
        Reply r = user.send(method, path, method.equals("POST") ? "{\"type\":\"health_check\"}" : null,
                method.equals("POST") ? "application/json" : null);
        assertThat(r.isProblem(404)).as(method + " " + path + " → " + r).isTrue();
    }

    static Stream<String[]> unknownIds() {
        return Stream.of(new String[] {"GET", "/api/instances/999999999"},
                new String[] {"GET", "/api/instances/abc"},
                new String[] {"POST", "/api/instances/999999999/stop"},
                new String[] {"POST", "/api/instances/999999999/commands"},
                new String[] {"DELETE", "/api/instances/999999999"},
                new String[] {"GET", "/api/instances/999999999/commands/1"});
    }

    @ParameterizedTest
    @MethodSource("it.org.clawmanager.instances.InstancesBadInputIT#oversized")
    void oversizedBodiesAre413(String path) {
        String big = "{\"name\":\"" + "a".repeat(1_100_000) + "\",\"type\":\"custom\"}";
        assertThat(user.post(path, big).isProblem(413)).isTrue();
    }

    static Stream<String> oversized() {
        return Stream.of("/api/instances", "/api/agent/v1/register", "/api/agent/v1/state");
    }

    @ParameterizedTest
    @MethodSource("it.org.clawmanager.instances.InstancesBadInputIT#wrongMediaTypes")
    void wrongMediaTypeIs415(String path) {
        Reply r = user.send("POST", path, "name=x", "application/x-www-form-urlencoded");
        assertThat(r.isProblem(415)).as(r.toString()).isTrue();
    }

    static Stream<String> wrongMediaTypes() {
        return Stream.of("/api/instances", "/api/instances/batch");
    }

    @ParameterizedTest
    @MethodSource("it.org.clawmanager.instances.InstancesBadInputIT#statusFilters")
    void badListFiltersAre400(String query) {
        assertThat(user.get("/api/instances" + query).isProblem(400)).isTrue();
    }

    static Stream<String> statusFilters() {
        return Stream.of("?status=exploded");
    }
}
