package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.clawmanager.gateway.boundary.ResponseSink;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.StreamInspection;

/**
 * Passes an SSE stream through event by event (flushed at once, nothing held back unless a risk rule needs a short
 * tail), collecting usage and text on the way. The audit record is written before the final {@code [DONE]}. A client
 * that goes away closes the upstream stream, which cancels the upstream call.
 */
@ApplicationScoped
public class StreamRelay {

    private static final byte[] DONE = "data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    RiskGate risk;

    @Inject
    Recorder recorder;

    @Inject
    GatewayMetrics metrics;

    public void relay(Exchange x, ChatPipeline.Prepared p, Attempts.Served served, ResponseSink sink) throws IOException {
        sink.header("Cache-Control", "no-cache");
        sink.header("X-Accel-Buffering", "no");
        sink.header("X-Gateway-Overhead-Ms", Relay.overhead(x));
        OutputStream out = sink.start(200, "text/event-stream; charset=utf-8");
        StreamInspection inspection = risk.openResponseStream();
        StringBuilder text = new StringBuilder();
        SseParser parser = new SseParser();
        byte[] buf = new byte[8192];
        try (InputStream in = served.response().body()) {
            boolean done = false;
            while (!done) {
                long t = System.nanoTime();
                int n;
                try {
                    n = in.read(buf);
                } catch (IOException e) {
                    x.upstreamNanos += System.nanoTime() - t;
                    fail(x, out, 502, "The model provider broke off the stream.");
                    recorder.finish(x, p, text.toString());
                    return;
                }
                x.upstreamNanos += System.nanoTime() - t;
                var events = n < 0 ? parser.finish() : parser.feed(buf, 0, n);
                for (SseParser.Event e : events) {
                    if ("[DONE]".equals(e.data())) {
                        done = true;
                        break;
                    }
                    if (!forward(x, e, inspection, text, out)) {
                        recorder.finish(x, p, text.toString());
                        return;
                    }
                }
                if (n < 0) {
                    done = true;
                }
            }
            x.responseText = x.requestText != null ? Relay.cap(text.toString()) : null;
            recorder.finish(x, p, text.toString());
            out.write(DONE);
            out.flush();
        } catch (ClientGone e) {
            x.status = 499;
            x.error = "client disconnected";
            recorder.finish(x, p, text.toString());
        }
    }

    /** Writes one event (rewritten if a risk rule changed its text); false when the stream must end here. */
    private boolean forward(Exchange x, SseParser.Event e, StreamInspection inspection, StringBuilder text,
                            OutputStream out) {
        if (e.data() == null) {
            return true;
        }
        JsonObject chunk;
        try {
            chunk = Jsons.JSON.createReader(new StringReader(e.data())).readObject();
        } catch (RuntimeException ex) {
            write(out, e.raw());
            return true;
        }
        if (chunk.get("usage") instanceof JsonObject u) {
            Usage.read(u, x);
        }
        if (chunk.containsKey("error")) {
            x.status = 502;
            x.error = "upstream error inside the stream";
            write(out, e.raw());
            return false;
        }
        JsonObject choice = chunk.get("choices") instanceof JsonArray a && !a.isEmpty() ? a.getJsonObject(0) : null;
        JsonObject delta = choice == null ? null : choice.getJsonObject("delta");
        String content = delta != null && delta.get("content") instanceof JsonString s ? s.getString() : null;
        if (delta != null && delta.containsKey("tool_calls")) {
            text.append(delta.get("tool_calls"));
        }
        boolean finishing = choice != null && choice.get("finish_reason") instanceof JsonString;
        if (inspection != null && (content != null && !content.isEmpty() || finishing)) {
            StringBuilder emit = new StringBuilder();
            if (content != null && !content.isEmpty()) {
                if (!step(x, inspection.accept(content), emit, out)) {
                    return false;
                }
            }
            if (finishing && !step(x, inspection.finish(), emit, out)) {
                return false;
            }
            String emitted = emit.toString();
            if (content != null && !emitted.equals(content) || finishing && !emitted.isEmpty()) {
                if (content == null && finishing) {
                    write(out, rewrite(chunk, choice, delta, emitted, false));
                    write(out, e.raw());
                } else {
                    write(out, rewrite(chunk, choice, delta, emitted, true));
                }
                text.append(emitted);
                markFirst(x, emitted);
                return true;
            }
        }
        if (content != null) {
            text.append(content);
            markFirst(x, content);
        }
        write(out, e.raw());
        return true;
    }

    private boolean step(Exchange x, StreamInspection.Step step, StringBuilder emit, OutputStream out) {
        for (Hit h : step.hits()) {
            x.hit("response", h);
            metrics.riskHit(h.action().name());
        }
        if (!step.hits().isEmpty()) {
            x.riskAction = Relay.strongest(x.riskAction, step.action());
        }
        if (Relay.withholds(x, step.action())) {
            x.event("gateway.response.blocked", "stream cut by a risk rule");
            fail(x, out, 400, "The answer was cut off by a risk rule.");
            return false;
        }
        emit.append(step.emit());
        return true;
    }

    private static byte[] rewrite(JsonObject chunk, JsonObject choice, JsonObject delta, String content, boolean keep) {
        JsonObject d = Jsons.JSON.createObjectBuilder(delta).add("content", content).build();
        var c = Jsons.JSON.createObjectBuilder(choice).add("delta", d);
        if (!keep) {
            c.addNull("finish_reason");
        }
        JsonObject rewritten = Jsons.JSON.createObjectBuilder(chunk).add("choices", Jsons.JSON.createArrayBuilder().add(c)).build();
        return ("data: " + rewritten + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void markFirst(Exchange x, String content) {
        if (x.firstByteNanos == 0 && !content.isEmpty()) {
            x.firstByteNanos = System.nanoTime();
        }
    }

    private static void fail(Exchange x, OutputStream out, int status, String message) {
        x.status = status;
        x.error = message;
        write(out, ("data: " + Jsons.JSON.createObjectBuilder().add("error", Jsons.JSON.createObjectBuilder()
                .add("message", message).add("type", status == 400 ? "invalid_request_error" : "api_error")
                .add("code", status == 400 ? "content_policy_violation" : "upstream_error").addNull("param"))
                .build() + "\n\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new ClientGone();
        }
    }

    /** The client closed the connection: stop reading upstream (closing it cancels the call). */
    static final class ClientGone extends RuntimeException {
        ClientGone() {
            super(null, null, false, false);
        }
    }
}
