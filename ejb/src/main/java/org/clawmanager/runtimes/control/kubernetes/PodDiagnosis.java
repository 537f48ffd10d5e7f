package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What is going on with an instance's Pod, read the way an operator would read {@code kubectl describe}: container
 * waiting reasons first (image pulls, crash loops, config errors), then scheduling, then readiness. Conditions that
 * may clear by themselves (a Pod waiting for a node or a volume) are PENDING until {@code stuckDeadline} has passed,
 * then FAILED; those that need someone to act (a bad image, a crash loop) are FAILED at once.
 */
final class PodDiagnosis {

    private static final Set<String> FAILED_WAITING = Set.of(Diagnosis.IMAGE_PULL_BACK_OFF,
            Diagnosis.INVALID_IMAGE_NAME, "ErrImageNeverPull", Diagnosis.CRASH_LOOP, Diagnosis.CONTAINER_CONFIG_ERROR,
            Diagnosis.CONTAINER_ERROR, "RunContainerError");
    private static final Set<String> IMAGE_REASONS = Set.of(Diagnosis.IMAGE_PULL_BACK_OFF, Diagnosis.ERR_IMAGE_PULL,
            Diagnosis.INVALID_IMAGE_NAME, "ErrImageNeverPull");
    private static final Set<String> MOUNT_EVENTS = Set.of("FailedMount", "FailedAttachVolume");

    private final Duration stuckDeadline;

    PodDiagnosis(Duration stuckDeadline) {
        this.stuckDeadline = stuckDeadline;
    }

    Diagnosis diagnose(Pod pod, PersistentVolumeClaim claim, List<Event> events, Instant now) {
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        if ("Failed".equals(status.getPhase()) || "Succeeded".equals(status.getPhase())) {
            // the Deployment replaces it; say why this one ended (for example Evicted)
            return Diagnosis.pending(status.getReason() != null ? status.getReason() : Diagnosis.POD_FAILED,
                    status.getMessage());
        }
        Optional<ContainerStatus> waiting = waitingContainer(status);
        if (waiting.isPresent()) {
            ContainerStatus container = waiting.get();
            String reason = container.getState().getWaiting().getReason();
            if (FAILED_WAITING.contains(reason) || Diagnosis.ERR_IMAGE_PULL.equals(reason)) {
                String message = waitingMessage(pod, container, events);
                return FAILED_WAITING.contains(reason) ? Diagnosis.failed(reason, message)
                        : Diagnosis.pending(reason, message);
            }
        }
        Optional<PodCondition> scheduled = condition(status, "PodScheduled");
        if (scheduled.isPresent() && "False".equals(scheduled.get().getStatus())) {
            return unscheduled(scheduled.get(), claim, events, now);
        }
        if ("Running".equals(status.getPhase())) {
            Optional<PodCondition> ready = condition(status, "Ready");
            if (ready.isPresent() && "True".equals(ready.get().getStatus())) {
                return Diagnosis.running();
            }
            return Diagnosis.pending(Diagnosis.NOT_READY, ready.map(PodCondition::getMessage)
                    .orElse("the runtime has not passed its readiness probe yet"));
        }
        Optional<Event> mountFailure = EventSelection.latest(events, pod, MOUNT_EVENTS);
        if (mountFailure.isPresent()) {
            return Diagnosis.pending(Diagnosis.VOLUME_MOUNT, mountFailure.get().getMessage());
        }
        return waiting.map(c -> Diagnosis.pending(c.getState().getWaiting().getReason(),
                        c.getState().getWaiting().getMessage()))
                .orElseGet(() -> Diagnosis.pending(Diagnosis.STARTING, "the Pod is starting"));
    }

    private Diagnosis unscheduled(PodCondition condition, PersistentVolumeClaim claim, List<Event> events,
                                  Instant now) {
        boolean stuck = since(condition).plus(stuckDeadline).isBefore(now);
        if (claim != null && claim.getStatus() != null && "Pending".equals(claim.getStatus().getPhase())) {
            String message = EventSelection.latest(events, claim, Set.of()).map(Event::getMessage)
                    .orElse("the workspace volume " + claim.getMetadata().getName() + " is not bound yet");
            return stuck ? Diagnosis.failed(Diagnosis.PVC_PENDING, message)
                    : Diagnosis.pending(Diagnosis.PVC_PENDING, message);
        }
        String message = condition.getMessage() != null ? condition.getMessage() : "no node can run the Pod";
        return stuck ? Diagnosis.failed(Diagnosis.UNSCHEDULABLE, message)
                : Diagnosis.pending(Diagnosis.UNSCHEDULABLE, message);
    }

    private static Instant since(PodCondition condition) {
        Instant t = EventSelection.parse(condition.getLastTransitionTime());
        return t != null ? t : Instant.EPOCH;
    }

    /** Image problems are explained best by the kubelet's "Failed" event; crash loops by the last exit. */
    private static String waitingMessage(Pod pod, ContainerStatus container, List<Event> events) {
        ContainerStateWaiting waiting = container.getState().getWaiting();
        String reason = waiting.getReason();
        if (IMAGE_REASONS.contains(reason)) {
            // the kubelet also files "Error: ImagePullBackOff" under the same reason; the pull error says more
            Optional<Event> failed = EventSelection.latest(events.stream().filter(e -> e.getMessage() != null
                    && !e.getMessage().startsWith("Error: ")).toList(), pod, Set.of("Failed"));
            if (failed.isPresent()) {
                return failed.get().getMessage();
            }
        }
        String message = waiting.getMessage() != null ? waiting.getMessage()
                : "container " + container.getName() + " is waiting: " + reason;
        ContainerStateTerminated last = container.getLastState() == null ? null
                : container.getLastState().getTerminated();
        if (Diagnosis.CRASH_LOOP.equals(reason) && last != null) {
            message += " (last exit: " + (last.getReason() != null ? last.getReason() : "Error") + ", exit code "
                    + last.getExitCode() + ")";
        }
        return message;
    }

    /** The first init or app container that is waiting, preferring one with a failure reason. */
    private static Optional<ContainerStatus> waitingContainer(PodStatus status) {
        List<ContainerStatus> waiting = Stream.concat(status.getInitContainerStatuses().stream(),
                        status.getContainerStatuses().stream())
                .filter(c -> c.getState() != null && c.getState().getWaiting() != null
                        && c.getState().getWaiting().getReason() != null)
                .toList();
        return waiting.stream().filter(c -> FAILED_WAITING.contains(c.getState().getWaiting().getReason()))
                .findFirst().or(() -> waiting.stream().findFirst());
    }

    private static Optional<PodCondition> condition(PodStatus status, String type) {
        return status.getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
    }
}
