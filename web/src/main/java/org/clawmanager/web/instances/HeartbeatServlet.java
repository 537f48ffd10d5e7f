package org.clawmanager.web.instances;

import jakarta.ejb.EJB;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.clawmanager.instances.boundary.AgentMessages;
import org.clawmanager.instances.boundary.AgentProtocol;
import org.clawmanager.instances.control.DesiredStates;

/**
 * {@code POST /api/agent/v1/heartbeat} as a plain servlet (an exact mapping wins over the JAX-RS application's
 * {@code /api/*}): the busiest endpoint of the control plane skips JAX-RS matching, its provider filters, JSON-B
 * and the per-method REST metrics, reads the tiny body with a JSON-P streaming parser and writes the answer by hand.
 * Same contract as the JAX-RS endpoint it replaces (docs/agent-protocol.md): errors are problem+json with the same
 * codes; the token check and validation stay in the {@link AgentProtocol} boundary.
 */
@WebServlet(urlPatterns = "/api/agent/v1/heartbeat")
public class HeartbeatServlet extends HttpServlet {

    static final int MAX_BODY = 16 * 1024;
    private static final JsonProvider JSON = JsonProvider.provider(); // looked up once, not per request
    private static final AgentMessages.Heartbeat EMPTY = new AgentMessages.Heartbeat(null, null);

    @EJB
    AgentProtocol protocol;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String requestId = HeartbeatProblems.requestId(req);
        resp.setHeader("X-Request-Id", requestId);
        if (!"POST".equals(req.getMethod())) {
            resp.setHeader("Allow", "POST");
            HeartbeatProblems.write(resp, 405, "method-not-allowed", "this method is not allowed on this resource",
                    requestId, null);
            return;
        }
        String type = req.getContentType();
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            HeartbeatProblems.write(resp, 415, "unsupported-media-type", "the request body must be application/json",
                    requestId, null);
            return;
        }
        try {
            byte[] body = readBody(req);
            if (body == null) {
                HeartbeatProblems.write(resp, 413, "payload-too-large",
                        "the request body exceeds the limit of " + MAX_BODY + " bytes", requestId, null);
                return;
            }
            AgentMessages.Heartbeat beat = body.length == 0 ? EMPTY : parse(body);
            if (beat == null) {
                HeartbeatProblems.write(resp, 400, "malformed-body",
                        "the request body is not valid JSON of the expected shape", requestId, null);
                return;
            }
            AgentMessages.HeartbeatAck ack = protocol.heartbeat(req.getHeader(AgentResource.TOKEN), beat);
            byte[] out = render(ack).getBytes(StandardCharsets.UTF_8);
            resp.setContentType("application/json");
            resp.setContentLength(out.length);
            resp.getOutputStream().write(out);
        } catch (RuntimeException e) {
            HeartbeatProblems.write(resp, e, requestId);
        }
    }

    /** The body, or null when it is larger than {@link #MAX_BODY}. */
    private static byte[] readBody(HttpServletRequest req) throws IOException {
        long declared = req.getContentLengthLong();
        if (declared > MAX_BODY) {
            return null;
        }
        try (InputStream in = req.getInputStream()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            return b.length > MAX_BODY ? null : b;
        }
    }

    /** {@code {"runtimeStatus": string?, "configRevision": integer?}}, unknown members ignored; null when malformed. */
    static AgentMessages.Heartbeat parse(byte[] body) {
        String runtimeStatus = null;
        Long configRevision = null;
        try (JsonParser p = JSON.createParser(new ByteArrayInputStream(body))) {
            if (!p.hasNext() || p.next() != JsonParser.Event.START_OBJECT) {
                return null;
            }
            while (true) {
                JsonParser.Event e = p.next();
                if (e == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String key = p.getString();
                JsonParser.Event v = p.next();
                switch (key) {
                    case "runtimeStatus" -> {
                        if (v == JsonParser.Event.VALUE_STRING) {
                            runtimeStatus = p.getString();
                        } else if (v != JsonParser.Event.VALUE_NULL) {
                            return null;
                        }
                    }
                    case "configRevision" -> {
                        if (v == JsonParser.Event.VALUE_NUMBER && p.isIntegralNumber()) {
                            configRevision = p.getBigDecimal().longValueExact();
                        } else if (v != JsonParser.Event.VALUE_NULL) {
                            return null;
                        }
                    }
                    default -> {
                        if (v == JsonParser.Event.START_OBJECT) {
                            p.skipObject();
                        } else if (v == JsonParser.Event.START_ARRAY) {
                            p.skipArray();
                        }
                    }
                }
            }
            if (p.hasNext()) {
                return null; // trailing content after the object
            }
        } catch (JsonException | ArithmeticException | java.util.NoSuchElementException e) {
            return null;
        }
        return new AgentMessages.Heartbeat(runtimeStatus, configRevision);
    }

    static String render(AgentMessages.HeartbeatAck ack) {
        DesiredStates.Desired d = ack.desired();
        StringBuilder sb = new StringBuilder(160).append("{\"epoch\":").append(ack.epoch())
                .append(",\"serverTime\":\"").append(ack.serverTime()).append("\",\"nextHeartbeatSeconds\":")
                .append(ack.nextHeartbeatSeconds()).append(",\"desired\":{\"powerState\":");
        if (d.powerState() == null) {
            sb.append("null");
        } else {
            sb.append('"').append(d.powerState()).append('"'); // running/stopped: nothing to escape
        }
        return sb.append(",\"configRevision\":").append(d.configRevision()).append(",\"generation\":")
                .append(d.generation()).append("}}").toString();
    }
}
