package org.clawmanager.gateway.control;

import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static factories look the provider up again on
 * every call (a service-loader and class-loader walk), which shows up on the gateway's hot path.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }

    /**
     * A reader over UTF-8 JSON bytes (RFC 8259 allows no other encoding between systems). Decoding to a string first
     * skips the byte-stream reader's encoding detection and 8 KiB decoder buffer, which cost more than the parse
     * itself for a typical request or answer.
     */
    public static JsonReader reader(byte[] utf8) {
        return JSON.createReader(new StringReader(new String(utf8, StandardCharsets.UTF_8)));
    }
}
