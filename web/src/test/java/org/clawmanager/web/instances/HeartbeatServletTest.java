package org.clawmanager.web.instances;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.clawmanager.instances.boundary.AgentMessages;
import org.clawmanager.instances.control.DesiredStates;
import org.junit.jupiter.api.Test;

class HeartbeatServletTest {

    private static AgentMessages.Heartbeat parse(String json) {
        return HeartbeatServlet.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsBothFieldsAndIgnoresUnknownOnes() {
        assertThat(parse("{\"runtimeStatus\":\"running\",\"configRevision\":7,\"x\":{\"y\":[1,2]},\"z\":[{}]}"))
                .isEqualTo(new AgentMessages.Heartbeat("running", 7L));
        assertThat(parse("{}")).isEqualTo(new AgentMessages.Heartbeat(null, null));
        assertThat(parse("{\"runtimeStatus\":null,\"configRevision\":null}"))
                .isEqualTo(new AgentMessages.Heartbeat(null, null));
    }

    @Test
    void wrongTypesAndMalformedJsonAreRejected() {
        assertThat(parse("{\"configRevision\":\"x\"}")).isNull();
        assertThat(parse("{\"configRevision\":1.5}")).isNull();
        assertThat(parse("{\"configRevision\":99999999999999999999999}")).isNull();
        assertThat(parse("{\"runtimeStatus\":5}")).isNull();
        assertThat(parse("[1]")).isNull();
        assertThat(parse("\"x\"")).isNull();
        assertThat(parse("{\"runtimeStatus\":")).isNull();
        assertThat(parse("{} {}")).isNull();
        assertThat(parse("not json")).isNull();
    }

    @Test
    void rendersTheAckAsTheProtocolDescribes() {
        Instant now = Instant.parse("2026-11-24T10:00:00.123Z");
        String json = HeartbeatServlet.render(new AgentMessages.HeartbeatAck(3, now, 15,
                new DesiredStates.Desired("running", 7, 4)));
        var o = Json.createReader(new StringReader(json)).readObject();
        assertThat(o.getInt("epoch")).isEqualTo(3);
        assertThat(Instant.parse(o.getString("serverTime"))).isEqualTo(now);
        assertThat(o.getInt("nextHeartbeatSeconds")).isEqualTo(15);
        assertThat(o.getJsonObject("desired").getString("powerState")).isEqualTo("running");
        assertThat(o.getJsonObject("desired").getInt("configRevision")).isEqualTo(7);
        assertThat(o.getJsonObject("desired").getInt("generation")).isEqualTo(4);
    }
}
