package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;

/**
 * Turns the cached objects of one instance into an {@link ObservedRuntime}. Pure: the same view and clock give the
 * same answer, which is what lets the tests play the kubelet by writing Pod statuses and Events.
 */
final class StatusMapper {

    private final PodDiagnosis pods;
    private final Duration recentEvents;

    StatusMapper(KubernetesSettings settings) {
        this.pods = new PodDiagnosis(settings.pods().stuckDeadline());
        this.recentEvents = settings.pods().stuckDeadline();
    }

    ObservedRuntime map(InstanceView view, Instant now) {
        Diagnosis d = diagnose(view, now);
        long generation = view.deployment() == null ? 0 : InstanceLabels.generation(view.deployment());
        return new ObservedRuntime(view.instanceId(), d.phase(), d.reason(), d.message(), generation, now);
    }

    private Diagnosis diagnose(InstanceView view, Instant now) {
        Deployment deployment = view.deployment();
        if (deployment == null) {
            return view.empty() ? new Diagnosis(Phase.MISSING, null, null)
                    : new Diagnosis(Phase.MISSING, Diagnosis.WORKLOAD_MISSING,
                    "the Deployment is gone; the workspace volume is kept until the instance is deleted");
        }
        if (deployment.getMetadata().getDeletionTimestamp() != null) {
            return new Diagnosis(Phase.STOPPED, Diagnosis.DELETING, "the instance's objects are being deleted");
        }
        if (InstanceLabels.generation(deployment) == 0) {
            return Diagnosis.pending(Diagnosis.CREATING, "the instance's objects are being created");
        }
        List<Pod> live = view.pods().stream().filter(p -> p.getMetadata().getDeletionTimestamp() == null)
                .sorted(Comparator.comparing((Pod p) -> created(p)).reversed()).toList();
        Integer replicas = deployment.getSpec() == null ? null : deployment.getSpec().getReplicas();
        if (replicas != null && replicas == 0) {
            return view.pods().isEmpty() ? new Diagnosis(Phase.STOPPED, null, null)
                    : new Diagnosis(Phase.STOPPED, Diagnosis.STOPPING,
                    "waiting for Pod " + view.pods().get(0).getMetadata().getName() + " to terminate");
        }
        if (live.isEmpty()) {
            return withoutPod(deployment, view.events(), now);
        }
        return pods.diagnose(live.get(0), view.claim(), view.events(), now);
    }

    /**
     * No Pod exists although one should: the ReplicaSet could not create it, or it is about to. The Deployment's
     * ReplicaFailure condition is authoritative; a recent FailedCreate event covers the time before it is set (an
     * old one may predate a fix, so it only counts while it is recent).
     */
    private Diagnosis withoutPod(Deployment deployment, List<Event> events, Instant now) {
        Optional<String> failure = condition(deployment, "ReplicaFailure").filter(c -> "True".equals(c.getStatus()))
                .map(DeploymentCondition::getMessage)
                .or(() -> EventSelection.latestByPrefix(events, "ReplicaSet", deployment.getMetadata().getName() + "-",
                                Set.of(Diagnosis.FAILED_CREATE))
                        .filter(e -> EventSelection.when(e).plus(recentEvents).isAfter(now)).map(Event::getMessage));
        if (failure.isPresent()) {
            String message = failure.get();
            if (message.contains("exceeded quota")) {
                return Diagnosis.failed(Diagnosis.QUOTA_EXCEEDED, message);
            }
            if (message.contains("violates PodSecurity")) {
                return Diagnosis.failed(Diagnosis.POD_SECURITY, message);
            }
            return Diagnosis.failed(Diagnosis.FAILED_CREATE, message);
        }
        Optional<DeploymentCondition> progressing = condition(deployment, "Progressing");
        if (progressing.isPresent() && Diagnosis.PROGRESS_DEADLINE.equals(progressing.get().getReason())) {
            return Diagnosis.failed(Diagnosis.PROGRESS_DEADLINE, progressing.get().getMessage());
        }
        return Diagnosis.pending(Diagnosis.CREATING, "waiting for the Pod to be created");
    }

    private static Optional<DeploymentCondition> condition(Deployment deployment, String type) {
        if (deployment.getStatus() == null) {
            return Optional.empty();
        }
        return deployment.getStatus().getConditions().stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    private static Instant created(Pod pod) {
        Instant t = EventSelection.parse(pod.getMetadata().getCreationTimestamp());
        return t != null ? t : Instant.EPOCH;
    }
}
