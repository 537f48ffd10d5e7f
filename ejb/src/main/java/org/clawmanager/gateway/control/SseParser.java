package org.clawmanager.gateway.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Frames a server-sent-event stream that arrives in arbitrary byte chunks: an event ends at a blank line ({@code \n\n}
 * or {@code \r\n\r\n}); bytes are only decoded once an event is complete, so multi-byte characters split across
 * chunks survive. Not thread-safe: one per stream.
 */
public final class SseParser {

    /** One event: its raw bytes (to pass through unchanged), the event name (may be null) and its data lines joined. */
    public record Event(byte[] raw, String event, String data) {
    }

    private byte[] buf = new byte[8192];
    private int len;
    private int scanFrom;

    public List<Event> feed(byte[] chunk, int off, int n) {
        ensure(len + n);
        System.arraycopy(chunk, off, buf, len, n);
        len += n;
        List<Event> out = new ArrayList<>(2);
        int start = 0;
        int i = Math.max(0, scanFrom - 3);
        while (i < len) {
            int end = terminator(i);
            if (end > 0) {
                out.add(parse(Arrays.copyOfRange(buf, start, end)));
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, len - start);
            len -= start;
        }
        scanFrom = len;
        return out;
    }

    /** Whatever is left when the stream ends without a final blank line. */
    public List<Event> finish() {
        if (len == 0 || new String(buf, 0, len, StandardCharsets.UTF_8).isBlank()) {
            len = 0;
            return List.of();
        }
        Event e = parse(Arrays.copyOf(buf, len));
        len = 0;
        return List.of(e);
    }

    /** End index (exclusive) of an event terminator starting at {@code i}, or -1. */
    private int terminator(int i) {
        if (buf[i] == '\n' && i + 1 < len && buf[i + 1] == '\n') {
            return i + 2;
        }
        if (buf[i] == '\r' && i + 3 < len && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
            return i + 4;
        }
        if (buf[i] == '\n' && i + 2 < len && buf[i + 1] == '\r' && buf[i + 2] == '\n') {
            return i + 3;
        }
        return -1;
    }

    static Event parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        String event = null;
        StringBuilder data = null;
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("data:")) {
                String v = line.substring(line.length() > 5 && line.charAt(5) == ' ' ? 6 : 5);
                data = data == null ? new StringBuilder(v) : data.append('\n').append(v);
            } else if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            }
        }
        return new Event(raw, event, data == null ? null : data.toString());
    }

    private void ensure(int capacity) {
        if (capacity > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(capacity, buf.length * 2));
        }
    }
}
