package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.clawmanager.gateway.boundary.ResponseSink;
import org.clawmanager.gateway.entity.ProviderKind;
import org.clawmanager.platform.sharedstate.LocalCounters;
import org.clawmanager.risk.boundary.Action;
import org.clawmanager.risk.boundary.ContentInspector;
import org.clawmanager.risk.boundary.Hit;
import org.clawmanager.risk.boundary.StreamInspection;
import org.clawmanager.risk.boundary.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the gateway acts on the risk feature's verdicts, with a small rule set standing in for the real inspector:
 * "SECRET" is redacted, "BOMB" blocks, "PATIENT" reroutes. Requests are inspected per message; streamed answers
 * chunk by chunk, with the rewritten chunks reaching the client and every hit landing in the journal record.
 */
class RiskFlowTest {

    static final class Rules implements ContentInspector {
        @Override
        public Verdict inspect(Direction direction, String text) {
            if (text.contains("BOMB")) {
                return new Verdict(Action.BLOCK, text, List.of(hit("bomb", Action.BLOCK)));
            }
            if (text.contains("PATIENT")) {
                return new Verdict(Action.REROUTE, text, List.of(hit("health", Action.REROUTE)));
            }
            if (text.contains("SECRET")) {
                return new Verdict(Action.REDACT, text.replace("SECRET", "[redacted]"), List.of(hit("secret", Action.REDACT)));
            }
            return Verdict.allow(text);
        }

        @Override
        public StreamInspection openStream(Direction direction) {
            return new StreamInspection() {
                @Override
                public Step accept(String chunk) {
                    Verdict v = inspect(direction, chunk);
                    return new Step(v.text(), v.hits(), v.action());
                }

                @Override
                public Step finish() {
                    return new Step("", List.of(), Action.ALLOW);
                }
            };
        }

        static Hit hit(String rule, Action action) {
            return new Hit(rule, rule + "-rule", "test", "high", action, 0, 1, "***");
        }
    }

    static final class One implements Instance<ContentInspector> {
        final ContentInspector inspector = new Rules();

        @Override public ContentInspector get() { return inspector; }
        @Override public Iterator<ContentInspector> iterator() { return List.of(inspector).iterator(); }
        @Override public Instance<ContentInspector> select(Annotation... q) { return this; }
        @Override public <U extends ContentInspector> Instance<U> select(Class<U> c, Annotation... q) { throw new UnsupportedOperationException(); }
        @Override public <U extends ContentInspector> Instance<U> select(TypeLiteral<U> t, Annotation... q) { throw new UnsupportedOperationException(); }
        @Override public boolean isUnsatisfied() { return false; }
        @Override public boolean isAmbiguous() { return false; }
        @Override public void destroy(ContentInspector i) { }
        @Override public Handle<ContentInspector> getHandle() { throw new UnsupportedOperationException(); }
        @Override public Iterable<? extends Handle<ContentInspector>> handles() { return List.of(); }
    }

    static final class QuietMetrics extends GatewayMetrics {
        @Override public void request(String e, String m, int s, Duration l, long o) { }
        @Override public void tokens(String m, long p, long c, long cost) { }
        @Override public void riskHit(String action) { }
        @Override public void limitHit(String code) { }
        @Override public void upstreamError(String provider, String kind) { }
    }

    @TempDir
    Path data;
    RiskGate gate;
    StreamRelay relay;
    Journal journal;

    @BeforeEach
    void wire() {
        gate = new RiskGate();
        gate.inspectors = new One();
        journal = new Journal();
        journal.dataDir = data.toString();
        journal.sync = "interval";
        journal.open();
        Recorder recorder = new Recorder();
        recorder.journal = journal;
        recorder.limiter = new Limiter();
        recorder.limiter.counters = new LocalCounters(Clock.systemUTC());
        recorder.metrics = new QuietMetrics();
        relay = new StreamRelay();
        relay.risk = gate;
        relay.recorder = recorder;
        relay.metrics = new QuietMetrics();
    }

    @Test
    void requestMessagesAreRedactedOneByOneAndTheStrongestActionWins() {
        JsonArray messages = Jsons.JSON.createArrayBuilder()
                .add(Jsons.JSON.createObjectBuilder().add("role", "system").add("content", "be nice"))
                .add(Jsons.JSON.createObjectBuilder().add("role", "user").add("content", "my SECRET is here")).build();
        RiskGate.Outcome o = gate.inspectMessages(messages);
        assertThat(o.action()).isEqualTo(Action.REDACT);
        assertThat(o.messages().getJsonObject(0).getString("content")).isEqualTo("be nice");
        assertThat(o.messages().getJsonObject(1).getString("content")).isEqualTo("my [redacted] is here");
        JsonArray both = Jsons.JSON.createArrayBuilder(messages)
                .add(Jsons.JSON.createObjectBuilder().add("role", "user").add("content", "about my PATIENT")).build();
        assertThat(gate.inspectMessages(both).action()).isEqualTo(Action.REROUTE);
        assertThat(gate.inspectMessages(both).hits()).hasSize(2);
    }

    static String sse(String... contents) {
        StringBuilder sb = new StringBuilder();
        for (String c : contents) {
            sb.append("data: {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(c)
                    .append("\"},\"finish_reason\":null}]}\n\n");
        }
        sb.append("data: {\"id\":\"x\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        return sb.append("data: [DONE]\n\n").toString();
    }

    String run(String upstream, Exchange x) throws Exception {
        ByteArrayOutputStream client = new ByteArrayOutputStream();
        ResponseSink sink = new ResponseSink() {
            @Override public void header(String name, String value) { }
            @Override public OutputStream start(int status, String contentType) { return client; }
        };
        Route route = new Route(1, "m", new ProviderConf(1, "p", ProviderKind.MOCK, null, null, null, Map.of()), "m",
                "chat", 1, false, List.of());
        x.key = new KeyInfo(1, "h", 7, null, null, java.util.Set.of(), null);
        x.servedModel = "m";
        relay.relay(x, null, new Attempts.Served(route, new UpstreamResponse(
                new ByteArrayInputStream(upstream.getBytes(StandardCharsets.UTF_8)), "text/event-stream")), sink);
        return client.toString(StandardCharsets.UTF_8);
    }

    String journalText() throws Exception {
        journal.roll();
        StringBuilder sb = new StringBuilder();
        try (var files = Files.list(data.resolve("gateway-journal"))) {
            for (Path p : files.toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    @Test
    void aStreamedSecretIsRedactedInTheChunkThatCarriesIt() throws Exception {
        Exchange x = new Exchange("chat", System.nanoTime());
        String out = run(sse("Hello, ", "the SECRET word", " bye"), x);
        assertThat(out).contains("\"content\":\"Hello, \"", "\"content\":\"the [redacted] word\"", "\"content\":\" bye\"")
                .doesNotContain("SECRET").endsWith("data: [DONE]\n\n");
        assertThat(x.riskAction).isEqualTo("REDACT");
        assertThat(x.status).isEqualTo(200);
        assertThat(journalText()).contains("\"riskAction\":\"REDACT\"", "\"ruleName\":\"secret-rule\"",
                "\"usageSource\":\"estimated\"");
    }

    @Test
    void capturedContentIsTheRedactedTextAndTravelsWithTheRecord() throws Exception {
        Exchange x = new Exchange("chat", System.nanoTime());
        x.requestText = "the prompt"; // set by the pipeline only when content capture is on
        run(sse("a SECRET ", "answer"), x);
        assertThat(journalText()).contains("\"content\":{\"request\":\"the prompt\",\"response\":\"a [redacted] answer\"}");
    }

    @Test
    void aBlockingHitCutsTheStreamWithAnErrorEvent() throws Exception {
        Exchange x = new Exchange("chat", System.nanoTime());
        String out = run(sse("Step one. ", "Now the BOMB recipe", " more"), x);
        assertThat(out).contains("Step one.", "content_policy_violation").doesNotContain("BOMB", " more", "[DONE]");
        assertThat(x.status).isEqualTo(400);
        assertThat(journalText()).contains("\"status\":400", "\"riskAction\":\"BLOCK\"", "gateway.response.blocked");
    }
}
