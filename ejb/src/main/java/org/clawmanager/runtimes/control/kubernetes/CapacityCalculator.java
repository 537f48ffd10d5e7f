package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.clawmanager.runtimes.boundary.Capacity;

/**
 * Node allocatable versus the requests of the Pods bound to each node, the way the scheduler counts them
 * (init containers, restartable sidecars and Pod overhead included; finished Pods excluded). Disk is the node's
 * ephemeral storage: workspace volumes live in the storage backend, not on a node, so they are not counted here.
 */
final class CapacityCalculator {

    private static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024);
    private static final BigDecimal GIB = MIB.multiply(BigDecimal.valueOf(1024));

    private final String gpuResource;
    private final InstanceNames names;

    CapacityCalculator(String gpuResource, InstanceNames names) {
        this.gpuResource = gpuResource;
        this.names = names;
    }

    Capacity capacity(List<Node> nodes, Function<String, List<Pod>> podsOn) {
        return new Capacity("kubernetes", nodes.stream()
                .sorted(Comparator.comparing(n -> n.getMetadata().getName()))
                .map(n -> node(n, podsOn.apply(n.getMetadata().getName()).stream()
                        .filter(p -> p.getStatus() == null || !isFinished(p.getStatus().getPhase())).toList()))
                .toList());
    }

    private Capacity.Node node(Node node, List<Pod> pods) {
        Map<String, Quantity> allocatable = node.getStatus() == null ? Map.of() : node.getStatus().getAllocatable();
        return new Capacity.Node(node.getMetadata().getName(), ready(node),
                (int) millicores(allocatable.get("cpu")), (int) millicores(requested(pods, "cpu")),
                scaled(allocatable.get("memory"), MIB), scaled(requested(pods, "memory"), MIB),
                scaled(allocatable.get("ephemeral-storage"), GIB), scaled(requested(pods, "ephemeral-storage"), GIB),
                (int) scaled(allocatable.get(gpuResource), BigDecimal.ONE),
                (int) scaled(requested(pods, gpuResource), BigDecimal.ONE),
                (int) pods.stream().filter(p -> InstanceLabels.instanceId(p).isPresent()
                        && names.isManagedNamespace(p.getMetadata().getNamespace())).count());
    }

    private static boolean ready(Node node) {
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        return !cordoned && node.getStatus() != null && node.getStatus().getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static Quantity requested(List<Pod> pods, String resource) {
        BigDecimal total = pods.stream().map(p -> podRequest(p, resource)).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Quantity(total.toPlainString());
    }

    /** max(app containers + sidecars, largest init container + sidecars) + overhead, as the scheduler does. */
    private static BigDecimal podRequest(Pod pod, String resource) {
        if (pod.getSpec() == null) {
            return BigDecimal.ZERO;
        }
        List<Container> inits = pod.getSpec().getInitContainers();
        BigDecimal sidecars = inits.stream().filter(c -> "Always".equals(c.getRestartPolicy()))
                .map(c -> request(c, resource)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal apps = pod.getSpec().getContainers().stream().map(c -> request(c, resource))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal largestInit = inits.stream().filter(c -> !"Always".equals(c.getRestartPolicy()))
                .map(c -> request(c, resource)).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        Quantity overhead = pod.getSpec().getOverhead() == null ? null : pod.getSpec().getOverhead().get(resource);
        return apps.add(sidecars).max(largestInit.add(sidecars)).add(amount(overhead));
    }

    private static BigDecimal request(Container container, String resource) {
        if (container.getResources() == null) {
            return BigDecimal.ZERO;
        }
        Quantity q = container.getResources().getRequests().get(resource);
        // a limit without a request means request = limit
        return amount(q != null ? q : container.getResources().getLimits().get(resource));
    }

    private static boolean isFinished(String phase) {
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    private static BigDecimal amount(Quantity q) {
        return q == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(q);
    }

    private static long millicores(Quantity q) {
        return amount(q).multiply(BigDecimal.valueOf(1000)).longValue();
    }

    private static long scaled(Quantity q, BigDecimal unit) {
        return amount(q).divide(unit, 0, java.math.RoundingMode.DOWN).longValue();
    }
}
