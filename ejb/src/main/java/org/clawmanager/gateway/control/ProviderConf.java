package org.clawmanager.gateway.control;

import java.time.Duration;
import java.util.Map;
import org.clawmanager.gateway.entity.ProviderKind;

/**
 * A provider as the hot path needs it: the decrypted key lives only in memory. Settings (all optional):
 * {@code connectTimeoutMs}, {@code firstTokenTimeoutMs}, {@code maxRetries}, {@code deployment} (Azure), and for
 * the mock {@code latencyMs}, {@code chunkDelayMs}, {@code chunkChars}, {@code embeddingDims}.
 */
public record ProviderConf(long id, String name, ProviderKind kind, String baseUrl, String apiKey, String apiVersion,
                           Map<String, String> settings) {

    public long number(String key, long fallback) {
        String v = settings.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(number("connectTimeoutMs", 5_000));
    }

    public Duration firstTokenTimeout() {
        return Duration.ofMillis(number("firstTokenTimeoutMs", 90_000));
    }

    /** Azure OpenAI: an api-version turns the base URL into {@code .../openai/deployments/<model>/...?api-version=}. */
    public boolean azure() {
        return apiVersion != null && !apiVersion.isBlank();
    }
}
