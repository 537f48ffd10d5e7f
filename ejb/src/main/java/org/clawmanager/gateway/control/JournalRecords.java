package org.clawmanager.gateway.control;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import org.clawmanager.gateway.entity.GatewayRecord;
import org.clawmanager.gateway.entity.RecordContent;

/**
 * Reads one journal line (written by {@link Exchange#toJson()}) into a record with a streaming parser. The nested
 * {@code detail} object is kept as the raw text it is stored as, without building a JSON tree for it: building trees
 * for every line was a tenth of the gateway's CPU under load.
 */
final class JournalRecords {

    /** A line's record, and its captured content when content capture was on. */
    record Line(GatewayRecord record, RecordContent content) {
    }

    private JournalRecords() {
    }

    /** @throws JsonParsingException for a torn or otherwise unreadable line */
    static Line parse(String line) {
        GatewayRecord r = new GatewayRecord();
        r.cost = BigDecimal.ZERO;
        RecordContent content = null;
        try (JsonParser p = Jsons.JSON.createParser(new StringReader(line))) {
            expect(p, JsonParser.Event.START_OBJECT);
            while (p.next() == JsonParser.Event.KEY_NAME) {
                String key = p.getString();
                JsonParser.Event value = p.next();
                if (value == JsonParser.Event.START_OBJECT) {
                    if ("content".equals(key)) {
                        content = content(p, r);
                    } else {
                        long from = p.getLocation().getStreamOffset() - 1;
                        p.skipObject();
                        if ("detail".equals(key)) {
                            r.detailJson = line.substring((int) from, (int) p.getLocation().getStreamOffset());
                        }
                    }
                } else if (value == JsonParser.Event.START_ARRAY) {
                    p.skipArray();
                } else {
                    scalar(r, key, value, p);
                }
            }
        }
        if (r.traceId == null || r.occurredAt == null || r.endpoint == null || r.usageSource == null) {
            throw new JsonParsingException("journal line without its required fields", null);
        }
        if (content != null) {
            content.traceId = r.traceId;
            content.capturedAt = r.occurredAt;
        }
        return new Line(r, content);
    }

    private static void scalar(GatewayRecord r, String key, JsonParser.Event value, JsonParser p) {
        if (value == JsonParser.Event.VALUE_NULL) {
            return;
        }
        boolean number = value == JsonParser.Event.VALUE_NUMBER;
        switch (key) {
            case "traceId" -> r.traceId = p.getString();
            case "at" -> r.occurredAt = Instant.parse(p.getString());
            case "endpoint" -> r.endpoint = p.getString();
            case "stream" -> r.stream = value == JsonParser.Event.VALUE_TRUE;
            case "userId" -> r.userId = number ? p.getLong() : null;
            case "keyId" -> r.keyId = number ? p.getLong() : null;
            case "instanceId" -> r.instanceId = number ? p.getLong() : null;
            case "teamId" -> r.teamId = number ? p.getLong() : null;
            case "requestedModel" -> r.requestedModel = cut(p.getString(), 128);
            case "servedModel" -> r.servedModel = cut(p.getString(), 128);
            case "provider" -> r.provider = cut(p.getString(), 64);
            case "promptTokens" -> r.promptTokens = p.getLong();
            case "completionTokens" -> r.completionTokens = p.getLong();
            case "cachedTokens" -> r.cachedTokens = p.getLong();
            case "reasoningTokens" -> r.reasoningTokens = p.getLong();
            case "usageSource" -> r.usageSource = p.getString();
            case "cost" -> r.cost = p.getBigDecimal();
            case "priceVersion" -> r.priceVersion = number ? p.getLong() : null;
            case "latencyMs" -> r.latencyMs = p.getInt();
            case "ttftMs" -> r.ttftMs = number ? p.getInt() : null;
            case "overheadUs" -> r.overheadUs = p.getInt();
            case "status" -> r.status = p.getInt();
            case "error" -> r.error = cut(p.getString(), 512);
            case "riskAction" -> r.riskAction = p.getString();
            case "attempts" -> r.attempts = p.getInt();
            default -> {
                // a field a newer version added: not stored by this one
            }
        }
    }

    private static RecordContent content(JsonParser p, GatewayRecord r) {
        RecordContent c = new RecordContent();
        while (p.next() == JsonParser.Event.KEY_NAME) {
            String key = p.getString();
            JsonParser.Event value = p.next();
            if (value == JsonParser.Event.START_OBJECT) {
                p.skipObject();
            } else if (value == JsonParser.Event.START_ARRAY) {
                p.skipArray();
            } else if (value == JsonParser.Event.VALUE_STRING) {
                if ("request".equals(key)) {
                    c.requestText = p.getString();
                } else if ("response".equals(key)) {
                    c.responseText = p.getString();
                }
            }
        }
        return c;
    }

    private static void expect(JsonParser p, JsonParser.Event event) {
        if (!p.hasNext() || p.next() != event) {
            throw new JsonParsingException("a journal line must be a JSON object", null);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
