package org.clawmanager.instances.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A command for an instance's agent: one of the 17 types, an optional JSON payload, and an optional idempotency
 * key (a retried POST with the same key answers the command created the first time).
 */
public record CommandRequest(@NotBlank @Size(max = 32) String type, JsonObject payload,
                             @Size(max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "must be letters, digits, '.', '_', ':' or '-'") String idempotencyKey) {
}
