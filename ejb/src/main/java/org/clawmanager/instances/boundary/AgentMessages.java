package org.clawmanager.instances.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.clawmanager.instances.control.DesiredStates;

/** The bodies of agent protocol v1 (docs/agent-protocol.md). */
public final class AgentMessages {

    private AgentMessages() {
    }

    public record RegisterRequest(@NotNull @Min(1) Long instanceId,
                                  @NotBlank @Pattern(regexp = "v1", message = "only protocol v1 is supported") String protocolVersion,
                                  @Size(max = 64) String agentVersion) {
    }

    public record Registration(long instanceId, long epoch, String sessionToken, Instant expiresAt,
                               int heartbeatIntervalSeconds, double heartbeatJitter, int reportIntervalSeconds,
                               int commandWaitSeconds, Instant serverTime, DesiredStates.Desired desired) {
    }

    public record Heartbeat(@Size(max = 32) String runtimeStatus, @Min(0) Long configRevision) {
    }

    public record HeartbeatAck(long epoch, Instant serverTime, int nextHeartbeatSeconds, DesiredStates.Desired desired) {
    }

    public record StateReport(@Size(max = 32) String runtimeStatus, @Min(0) Long configRevision,
                              @Size(max = 64) String version, JsonObject summary, JsonObject systemInfo,
                              JsonObject health) {
    }

    public record Finish(@NotBlank @Pattern(regexp = "succeeded|failed", message = "must be succeeded or failed") String status,
                         JsonValue result, @Size(max = 1024) String error,
                         @Min(0) @Max(86_400_000) Long durationMillis) {
    }
}
