package org.clawmanager.gateway.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static factories look the provider up again on
 * every call (a service-loader and class-loader walk), which shows up on the gateway's hot path.
 */
public final class Jsons {

    public static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {
    }
}
