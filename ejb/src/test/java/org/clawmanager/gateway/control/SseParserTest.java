package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SseParserTest {

    static final String STREAM = "data: {\"a\":\"Grüße 👋\"}\n\n"
            + "event: message_start\ndata: {\"type\":\"message_start\"}\n\n"
            + "data: line one\ndata: line two\n\n"
            + ": a comment\ndata:{\"no\":\"space\"}\r\n\r\n"
            + "data: [DONE]\n\n";

    static List<SseParser.Event> parseInChunks(byte[] bytes, int[] cuts) {
        SseParser p = new SseParser();
        List<SseParser.Event> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            out.addAll(p.feed(bytes, from, cut - from));
            from = cut;
        }
        out.addAll(p.feed(bytes, from, bytes.length - from));
        out.addAll(p.finish());
        return out;
    }

    @Test
    void wholeStreamYieldsEveryEvent() {
        List<SseParser.Event> events = parseInChunks(STREAM.getBytes(StandardCharsets.UTF_8), new int[0]);
        assertThat(events).extracting(SseParser.Event::data).containsExactly("{\"a\":\"Grüße 👋\"}",
                "{\"type\":\"message_start\"}", "line one\nline two", "{\"no\":\"space\"}", "[DONE]");
        assertThat(events.get(1).event()).isEqualTo("message_start");
        assertThat(new String(events.get(0).raw(), StandardCharsets.UTF_8)).isEqualTo("data: {\"a\":\"Grüße 👋\"}\n\n");
    }

    @Test
    void everySingleByteBoundaryGivesTheSameEvents() {
        byte[] bytes = STREAM.getBytes(StandardCharsets.UTF_8);
        List<String> expected = parseInChunks(bytes, new int[0]).stream().map(SseParser.Event::data).toList();
        for (int cut = 1; cut < bytes.length; cut++) {
            assertThat(parseInChunks(bytes, new int[]{cut}).stream().map(SseParser.Event::data).toList())
                    .as("cut at %d", cut).isEqualTo(expected);
        }
        int[] everyByte = new int[bytes.length - 1];
        for (int i = 0; i < everyByte.length; i++) {
            everyByte[i] = i + 1;
        }
        assertThat(parseInChunks(bytes, everyByte).stream().map(SseParser.Event::data).toList()).isEqualTo(expected);
    }

    @RepeatedTest(50)
    void randomChunkingGivesTheSameEventsAndRawBytes() {
        byte[] bytes = STREAM.repeat(20).getBytes(StandardCharsets.UTF_8);
        Random r = new Random();
        List<Integer> cuts = new ArrayList<>();
        for (int at = r.nextInt(7) + 1; at < bytes.length; at += r.nextInt(40) + 1) {
            cuts.add(at);
        }
        List<SseParser.Event> events = parseInChunks(bytes, cuts.stream().mapToInt(Integer::intValue).toArray());
        assertThat(events).hasSize(100);
        StringBuilder raw = new StringBuilder();
        events.forEach(e -> raw.append(new String(e.raw(), StandardCharsets.UTF_8)));
        assertThat(raw.toString()).isEqualTo(STREAM.repeat(20));
    }

    @Test
    void anUnterminatedLastEventIsDeliveredAtTheEnd() {
        SseParser p = new SseParser();
        assertThat(p.feed("data: tail".getBytes(StandardCharsets.UTF_8), 0, 10)).isEmpty();
        assertThat(p.finish()).extracting(SseParser.Event::data).containsExactly("tail");
    }

    @Test
    void largeEventsGrowTheBuffer() {
        String big = "data: " + "x".repeat(100_000) + "\n\n";
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        assertThat(parseInChunks(bytes, new int[]{5000, 50_000})).singleElement()
                .satisfies(e -> assertThat(e.data()).hasSize(100_000));
    }
}
