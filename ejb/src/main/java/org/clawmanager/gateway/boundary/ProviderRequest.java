package org.clawmanager.gateway.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A provider: kind openai (any OpenAI-compatible API; with {@code apiVersion} it is Azure OpenAI), anthropic or
 * mock. {@code apiKey} is write-only (omit it on update to keep the stored one, send "" to remove it).
 */
public record ProviderRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}", message = "must be 1-64 letters, digits, '.', '_' or '-'") String name,
        @NotBlank @Pattern(regexp = "openai|anthropic|mock", message = "must be openai, anthropic or mock") String kind,
        @Size(max = 512) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String baseUrl,
        @Size(max = 1024) String apiKey,
        @Size(max = 32) String apiVersion,
        @Size(max = 20) Map<@Size(max = 64) String, @Size(max = 256) String> settings,
        Boolean enabled) {
}
