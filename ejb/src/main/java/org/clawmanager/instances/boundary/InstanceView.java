package org.clawmanager.instances.boundary;

import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.Map;
import org.clawmanager.instances.control.Json;
import org.clawmanager.instances.entity.AgentSession;
import org.clawmanager.instances.entity.RuntimeInstance;

/**
 * An instance as the API shows it: desired state apart from observed state, and the agent's liveness
 * ({@code online|stale|offline|unregistered}) with its last heartbeat and state report.
 */
public record InstanceView(long id, long ownerId, String name, String type, String image, String size,
                           int cpuMillicores, int memoryMiB, int diskGiB, int gpus, Map<String, String> env,
                           String storageClass, String driver, String status, String reason, String message,
                           String agentStatus, Desired desired, Observed observed, Agent agent, Instant createdAt,
                           Instant updatedAt) {

    public record Desired(String powerState, long configRevision, long generation) {
    }

    public record Observed(String phase, Instant observedAt, long appliedGeneration) {
    }

    public record Agent(long epoch, Instant registeredAt, Instant lastHeartbeatAt, String version,
                        String runtimeStatus, Long configRevision, JsonValue report, Instant reportAt) {
    }

    public static InstanceView of(RuntimeInstance i, AgentSession a, String agentStatus, Instant lastHeartbeat) {
        RuntimeInstance.Resources r = i.resources();
        Agent agent = a == null ? null : new Agent(a.epoch(), a.registeredAt(), lastHeartbeat, a.agentVersion(),
                a.runtimeStatus(), a.configRevision(), Json.parse(a.report()), a.reportAt());
        return new InstanceView(i.id(), i.ownerId(), i.name(), i.type(), i.image(), i.sizePreset(), r.cpuMillicores(),
                r.memoryMiB(), r.diskGiB(), r.gpus(), Json.envFromJson(i.env()), i.storageClass(), i.driver(),
                i.status().wire(), i.reason(), i.message(), agentStatus,
                new Desired(i.desiredPower().wire(), i.desiredConfigRevision(), i.generation()),
                new Observed(i.observedPhase(), i.observedAt(), i.appliedGeneration()), agent, i.createdAt(),
                i.updatedAt());
    }
}
