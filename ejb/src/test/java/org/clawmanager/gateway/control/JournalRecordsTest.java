package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.clawmanager.gateway.entity.GatewayRecord;
import org.junit.jupiter.api.Test;

class JournalRecordsTest {

    private static Exchange exchange() {
        Exchange x = new Exchange("chat", System.nanoTime());
        x.key = new KeyInfo(11, "h", 22, 33L, null, Set.of(), null);
        x.requestedModel = "fast";
        x.servedModel = "mock-chat";
        x.provider = "mock";
        x.stream = true;
        x.promptTokens = 12;
        x.completionTokens = 34;
        x.usageSource = "provider";
        x.cost = new BigDecimal("0.0000123456");
        x.priceVersion = 5L;
        x.status = 502;
        x.error = "upstream said \"no\", then {\"detail\":1}";
        x.riskAction = "REDACT";
        x.attempts = 2;
        x.event("gateway.request.received", "a \"quoted\" detail with , \"detail\": inside");
        x.attempt("mock-chat", "mock", "500", 3);
        return x;
    }

    @Test
    void aLineReadsBackIntoTheRecordItWasWrittenFrom() {
        Exchange x = exchange();
        JournalRecords.Line line = JournalRecords.parse(x.toJson());
        GatewayRecord r = line.record();
        assertThat(r.traceId).isEqualTo(x.traceId);
        assertThat(r.occurredAt).isEqualTo(x.at);
        assertThat(r.endpoint).isEqualTo("chat");
        assertThat(r.keyId).isEqualTo(11L);
        assertThat(r.userId).isEqualTo(22L);
        assertThat(r.instanceId).isEqualTo(33L);
        assertThat(r.teamId).isNull();
        assertThat(r.requestedModel).isEqualTo("fast");
        assertThat(r.servedModel).isEqualTo("mock-chat");
        assertThat(r.provider).isEqualTo("mock");
        assertThat(r.stream).isTrue();
        assertThat(r.promptTokens).isEqualTo(12);
        assertThat(r.completionTokens).isEqualTo(34);
        assertThat(r.usageSource).isEqualTo("provider");
        assertThat(r.cost).isEqualByComparingTo("0.0000123456");
        assertThat(r.priceVersion).isEqualTo(5L);
        assertThat(r.status).isEqualTo(502);
        assertThat(r.error).isEqualTo(x.error);
        assertThat(r.riskAction).isEqualTo("REDACT");
        assertThat(r.attempts).isEqualTo(2);
        assertThat(r.ttftMs).isNull();
        assertThat(line.content()).isNull();
    }

    @Test
    void theDetailIsKeptAsItsExactJsonText() {
        String json = exchange().toJson(); // once: a JSON-P builder is emptied by building it
        JsonObject written = Json.createReader(new StringReader(json)).readObject();
        String detail = JournalRecords.parse(json).record().detailJson;
        assertThat(written.getJsonObject("detail").getJsonArray("events")).hasSize(1);
        assertThat(Json.createReader(new StringReader(detail)).readObject()).isEqualTo(written.getJsonObject("detail"));
        assertThat(detail).startsWith("{").endsWith("}");
    }

    @Test
    void capturedContentComesWithTheRecord() {
        Exchange x = exchange();
        x.requestText = "question";
        x.responseText = "answer";
        JournalRecords.Line line = JournalRecords.parse(x.toJson());
        assertThat(line.content().traceId).isEqualTo(x.traceId);
        assertThat(line.content().capturedAt).isEqualTo(x.at);
        assertThat(line.content().requestText).isEqualTo("question");
        assertThat(line.content().responseText).isEqualTo("answer");
        assertThat(line.record().detailJson).doesNotContain("question");
    }

    @Test
    void tornAndForeignLinesAreRefusedAndNewerFieldsIgnored() {
        String full = exchange().toJson();
        assertThatThrownBy(() -> JournalRecords.parse(full.substring(0, full.length() / 2)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> JournalRecords.parse("[1,2]")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> JournalRecords.parse("{\"traceId\":\"x\"}")).isInstanceOf(RuntimeException.class);
        String newer = full.substring(0, full.length() - 1) + ",\"futureField\":{\"a\":[1]},\"futureList\":[{}]}";
        assertThat(JournalRecords.parse(newer).record().traceId).isNotNull();
        assertThat(Instant.parse(Json.createReader(new StringReader(full)).readObject().getString("at")))
                .isEqualTo(JournalRecords.parse(full).record().occurredAt);
    }
}
