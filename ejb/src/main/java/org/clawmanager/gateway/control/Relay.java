package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.clawmanager.gateway.boundary.ResponseSink;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.ErrorKind;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.ContentInspector;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.Verdict;

/** Delivers a whole (non-streamed) upstream answer: usage, response risk rules, record, then the bytes. */
@ApplicationScoped
public class Relay {

    @Inject
    RiskGate risk;

    @Inject
    Recorder recorder;

    @Inject
    GatewayMetrics metrics;

    public void whole(Exchange x, ChatPipeline.Prepared p, Attempts.Served served, ResponseSink sink, boolean chat)
            throws IOException {
        byte[] bytes;
        long t = System.nanoTime();
        try (InputStream in = served.response().body()) {
            bytes = in.readAllBytes();
        } finally {
            x.upstreamNanos += System.nanoTime() - t;
        }
        JsonObject answer;
        try {
            answer = Jsons.reader(bytes).readObject();
        } catch (RuntimeException e) {
            throw new GatewayException(ErrorKind.UPSTREAM_FAILED, "upstream_error",
                    "The model provider sent an unreadable answer.");
        }
        Usage.read(answer.getJsonObject("usage"), x);
        String content = chat ? content(answer) : "";
        if (chat && risk.active() && !content.isEmpty()) {
            Verdict v = risk.inspectText(ContentInspector.Direction.RESPONSE, content);
            for (Hit h : v.hits()) {
                x.hit("response", h);
                metrics.riskHit(h.action().name());
            }
            if (!v.hits().isEmpty()) {
                x.riskAction = strongest(x.riskAction, v.action());
                if (Relay.withholds(x, v.action())) {
                    x.event("gateway.response.blocked", null);
                    x.status = 400;
                    x.error = "answer withheld by a risk rule";
                    recorder.finish(x, p, content);
                    throw new GatewayException(ErrorKind.INVALID_INPUT, "content_policy_violation",
                            "The answer was withheld by a risk rule (" + v.hits().get(0).ruleName() + ").");
                }
                if (!v.text().equals(content)) {
                    content = v.text();
                    bytes = withContent(answer, content).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        x.responseText = p != null && x.requestText != null ? cap(content) : null;
        recorder.finish(x, p, content);
        sink.header("X-Gateway-Overhead-Ms", overhead(x));
        try (OutputStream out = sink.start(200, "application/json")) {
            out.write(bytes);
        }
    }

    /**
     * Whether an answer's risk action withholds it: BLOCK always; REROUTE unless the secure model wrote the answer (an
     * answer cannot be re-asked elsewhere once written, so from any other model it is withheld).
     */
    static boolean withholds(Exchange x, Action action) {
        return action == Action.BLOCK || action == Action.REROUTE && !x.secureModel;
    }

    static String content(JsonObject answer) {
        if (answer.get("choices") instanceof JsonArray choices && !choices.isEmpty()
                && choices.get(0) instanceof JsonObject c && c.get("message") instanceof JsonObject m) {
            return m.get("content") instanceof JsonString s ? s.getString()
                    : m.containsKey("tool_calls") ? m.get("tool_calls").toString() : "";
        }
        return "";
    }

    private static String withContent(JsonObject answer, String content) {
        JsonArray choices = answer.getJsonArray("choices");
        JsonObject c0 = choices.getJsonObject(0);
        JsonObject m = Jsons.JSON.createObjectBuilder(c0.getJsonObject("message")).add("content", content).build();
        return Jsons.JSON.createObjectBuilder(answer).add("choices", Jsons.JSON.createArrayBuilder(choices)
                .set(0, Jsons.JSON.createObjectBuilder(c0).add("message", m))).build().toString();
    }

    static String strongest(String current, Action a) {
        return current == null ? a.name() : Action.valueOf(current).strongest(a).name();
    }

    static String overhead(Exchange x) {
        return String.format(java.util.Locale.ROOT, "%.3f", x.overheadMicros() / 1000.0);
    }

    static String cap(String s) {
        return s == null || s.length() <= 65_536 ? s : s.substring(0, 65_536);
    }
}
