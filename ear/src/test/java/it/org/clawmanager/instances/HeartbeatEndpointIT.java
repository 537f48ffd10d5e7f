package it.org.clawmanager.instances;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Bad input on the heartbeat endpoint, which is a plain servlet (not JAX-RS): the same problem+json answers the
 * rest of the agent API gives — never a 500, never a body the agent cannot act on.
 */
class HeartbeatEndpointIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Reply send(String method, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/agent/v1/heartbeat"))
                .header("X-Agent-Token", "cms_1_1_wrong").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers(), r.body());
    }

    @Test
    void malformedBodiesWrongTypesAndNonObjectsAre400MalformedBody() throws Exception {
        for (String body : new String[] {"{", "not json", "[1,2]", "42", "{\"configRevision\":\"x\"}",
            "{\"runtimeStatus\":{}}", "{\"configRevision\":1.5}", "{} trailing"}) {
            Reply r = send("POST", "application/json", body);
            assertThat(r.isProblem(400)).as(body + " → " + r).isTrue();
            assertThat(r.code()).as(body).isEqualTo("malformed-body");
        }
    }

    @Test
    void outOfRangeFieldsAre400InvalidInputNamingTheField() throws Exception {
        Reply negative = send("POST", "application/json", "{\"configRevision\":-1}");
        assertThat(negative.isProblem(400)).as(negative.toString()).isTrue();
        assertThat(negative.code()).isEqualTo("invalid-input");
        assertThat(negative.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("configRevision");
        Reply longStatus = send("POST", "application/json", "{\"runtimeStatus\":\"" + "x".repeat(33) + "\"}");
        assertThat(longStatus.code()).as(longStatus.toString()).isEqualTo("invalid-input");
    }

    @Test
    void wrongTokenWrongMethodWrongMediaTypeAndOversizedBodies() throws Exception {
        Reply noSession = send("POST", "application/json", "{}");
        assertThat(noSession.isProblem(401)).as(noSession.toString()).isTrue();
        assertThat(noSession.code()).isEqualTo("agent-token-invalid");
        assertThat(noSession.header("X-Request-Id")).isPresent();
        Reply empty = send("POST", null, null);
        assertThat(empty.code()).as(empty.toString()).isEqualTo("agent-token-invalid");

        Reply get = send("GET", null, null);
        assertThat(get.isProblem(405)).as(get.toString()).isTrue();
        assertThat(get.header("Allow")).hasValue("POST");
        Reply text = send("POST", "text/plain", "{}");
        assertThat(text.isProblem(415)).as(text.toString()).isTrue();
        Reply huge = send("POST", "application/json", "{\"pad\":\"" + "x".repeat(64 * 1024) + "\"}");
        assertThat(huge.isProblem(413)).as(huge.toString()).isTrue();
        assertThat(huge.code()).isEqualTo("payload-too-large");
    }
}
