package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.NodeStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the parts of a cluster that the mock API server lacks: the ReplicaSet controller (creates the Pod from the
 * Deployment's template), the scheduler (binds it to a node) and the kubelet (writes container states, conditions
 * and Events).
 */
final class Kubelet {

    private final KubernetesClient client;
    private final AtomicInteger pods = new AtomicInteger();

    Kubelet(KubernetesClient client) {
        this.client = client;
    }

    Pod createPod(String namespace, long instanceId, String nodeName) {
        Deployment deployment = client.apps().deployments().inNamespace(namespace)
                .withName(InstanceNames.workload(instanceId)).require();
        Pod pod = new PodBuilder()
                .withNewMetadataLike(deployment.getSpec().getTemplate().getMetadata())
                .withName(InstanceNames.workload(instanceId) + "-6d5f7c9b8-" + pods.incrementAndGet())
                .withNamespace(namespace).withUid(UUID.randomUUID().toString())
                .withCreationTimestamp(Instant.now().toString()).endMetadata()
                .withSpec(deployment.getSpec().getTemplate().getSpec())
                .build();
        pod.getSpec().setNodeName(nodeName);
        return client.resource(pod).create();
    }

    Pod status(Pod pod, PodStatus status) {
        Pod current = client.pods().inNamespace(pod.getMetadata().getNamespace())
                .withName(pod.getMetadata().getName()).require();
        current.setStatus(status);
        return client.resource(current).updateStatus();
    }

    Pod waiting(Pod pod, String container, String reason, String message) {
        return status(pod, new PodStatusBuilder().withPhase("Pending")
                .withConditions(condition("PodScheduled", "True", null, null, Instant.now()))
                .withContainerStatuses(waitingStatus(container, reason, message)).build());
    }

    Pod crashLooping(Pod pod, String lastReason, int exitCode) {
        ContainerStatus crashing = new ContainerStatusBuilder().withName(PodTemplateFactory.RUNTIME)
                .withRestartCount(5).withNewState().withNewWaiting().withReason(Diagnosis.CRASH_LOOP)
                .withMessage("back-off 2m40s restarting failed container=runtime").endWaiting().endState()
                .withNewLastState().withNewTerminated().withReason(lastReason).withExitCode(exitCode).endTerminated()
                .endLastState().build();
        return status(pod, new PodStatusBuilder().withPhase("Running")
                .withConditions(condition("Ready", "False", "ContainersNotReady", "containers with unready status",
                        Instant.now()))
                .withContainerStatuses(crashing).build());
    }

    Pod running(Pod pod, boolean ready) {
        return status(pod, new PodStatusBuilder().withPhase("Running")
                .withConditions(condition("PodScheduled", "True", null, null, Instant.now()),
                        condition("Ready", ready ? "True" : "False", ready ? null : "ContainersNotReady",
                                ready ? null : "containers with unready status: [runtime]", Instant.now()))
                .build());
    }

    Pod unschedulable(Pod pod, String message, Instant since) {
        return status(pod, new PodStatusBuilder().withPhase("Pending")
                .withConditions(condition("PodScheduled", "False", "Unschedulable", message, since)).build());
    }

    Event warning(HasMetadata about, String reason, String message, Instant when) {
        String namespace = about.getMetadata().getNamespace();
        return client.resource(new EventBuilder()
                .withNewMetadata().withName(about.getMetadata().getName() + "." + UUID.randomUUID())
                .withNamespace(namespace).endMetadata()
                .withType("Warning").withReason(reason).withMessage(message)
                .withLastTimestamp(when.toString()).withFirstTimestamp(when.toString())
                .withNewInvolvedObject().withKind(about.getKind()).withName(about.getMetadata().getName())
                .withNamespace(namespace).withUid(about.getMetadata().getUid()).endInvolvedObject()
                .build()).create();
    }

    /** A FailedCreate event on the instance's ReplicaSet (the ReplicaSet itself need not exist for this). */
    Event replicaSetWarning(String namespace, long instanceId, String reason, String message) {
        return client.resource(new EventBuilder()
                .withNewMetadata().withName(InstanceNames.workload(instanceId) + "-6d5f7c9b8." + UUID.randomUUID())
                .withNamespace(namespace).endMetadata()
                .withType("Warning").withReason(reason).withMessage(message)
                .withLastTimestamp(Instant.now().toString())
                .withNewInvolvedObject().withKind("ReplicaSet").withName(InstanceNames.workload(instanceId)
                        + "-6d5f7c9b8").withNamespace(namespace).endInvolvedObject()
                .build()).create();
    }

    Node node(String name, String cpu, String memory, String disk, int gpus, boolean ready) {
        Map<String, Quantity> allocatable = new LinkedHashMap<>(Map.of("cpu", new Quantity(cpu),
                "memory", new Quantity(memory), "ephemeral-storage", new Quantity(disk)));
        if (gpus > 0) {
            allocatable.put("nvidia.com/gpu", new Quantity(Integer.toString(gpus)));
        }
        Node node = client.resource(new NodeBuilder().withNewMetadata().withName(name).endMetadata().build())
                .create();
        node.setStatus(new NodeStatusBuilder().withAllocatable(allocatable)
                .withCapacity(allocatable).addNewCondition().withType("Ready").withStatus(ready ? "True" : "False")
                .endCondition().build());
        return client.resource(node).updateStatus();
    }

    static PodCondition condition(String type, String status, String reason, String message, Instant since) {
        return new PodConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
                .withLastTransitionTime(since.toString()).build();
    }

    static List<ContainerStatus> waitingStatus(String container, String reason, String message) {
        return List.of(new ContainerStatusBuilder().withName(container).withReady(false).withRestartCount(0)
                .withNewState().withNewWaiting().withReason(reason).withMessage(message).endWaiting().endState()
                .build());
    }
}
