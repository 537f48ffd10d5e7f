package org.clawmanager.runtimes.control.kubernetes;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the Kubernetes driver reads from MicroProfile Config ({@code clawmanager.kubernetes.*}). The defaults
 * live in {@code META-INF/microprofile-config.properties} only; docs/configuration.md explains each key.
 */
public record KubernetesSettings(Connection connection, Placement placement, Network network, Pods pods) {

    static final String PREFIX = "clawmanager.kubernetes.";

    /** How to reach the API server and how the caches behave. */
    public record Connection(Optional<String> masterUrl, Optional<String> kubeconfig, Duration resync,
                             Duration syncTimeout, String eventsFieldSelector) {
    }

    /**
     * Where instances go: per-user namespaces, storage, pull secrets, Pod Security level, and the ClusterRole the
     * control plane's service account is bound to inside each user namespace (empty: the operator grants it).
     */
    public record Placement(String namespacePrefix, Optional<String> storageClass, List<String> imagePullSecrets,
                            String podSecurityLevel, Optional<String> namespaceRole, String serviceAccount) {
    }

    /** Addresses the agent and the NetworkPolicies need. */
    public record Network(URI controlPlaneUrl, URI gatewayUrl, String controlPlaneNamespace,
                          Map<String, String> controlPlaneSelector, String dnsNamespace,
                          Map<String, String> dnsSelector, List<String> egressCidrs) {

        /** The port agents and runtimes connect to (the control plane serves the gateway too). */
        public int controlPlanePort() {
            return port(controlPlaneUrl);
        }

        public int gatewayPort() {
            return port(gatewayUrl);
        }

        private static int port(URI uri) {
            return uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        }
    }

    /** The shape of the instance Pods. */
    public record Pods(String agentImage, String agentCpu, String agentMemory, Map<String, Integer> runtimePorts,
                       Set<String> writableRootTypes, Set<String> desktopTypes, long runAsUser, String gpuResource,
                       String scratchStorage, Duration stuckDeadline) {

        public int runtimePort(String type) {
            Integer port = runtimePorts.get(type);
            return port != null ? port : runtimePorts.getOrDefault("custom", 8080);
        }
    }

    /** Reads the settings; {@code lookup} returns the configured value of a full key, if any. */
    public static KubernetesSettings from(Function<String, Optional<String>> lookup) {
        Reader r = new Reader(lookup);
        URI controlPlane = URI.create(r.required("control-plane.url"));
        String eventSelector = r.optional("events.field-selector").orElse("");
        if (!eventSelector.isEmpty() && !eventSelector.matches("[\\w.]+=[\\w.-]+")) {
            throw new IllegalStateException(PREFIX + "events.field-selector: expected field=value, got "
                    + eventSelector);
        }
        URI gateway = r.optional("gateway.url").map(URI::create)
                .orElseGet(() -> URI.create(stripSlash(controlPlane.toString()) + "/v1"));
        return new KubernetesSettings(
                new Connection(r.optional("master-url"), r.optional("kubeconfig"), r.duration("resync"),
                        r.duration("sync-timeout"), eventSelector),
                new Placement(r.required("namespace-prefix"), r.optional("storage-class"),
                        r.list("image-pull-secrets"), r.required("pod-security"), r.optional("namespace-role"),
                        r.required("service-account")),
                new Network(controlPlane, gateway, r.required("control-plane.namespace"),
                        r.map("control-plane.selector"), r.required("dns.namespace"), r.map("dns.selector"),
                        r.list("egress.allowed-cidrs")),
                new Pods(r.required("agent.image"), r.required("agent.cpu"), r.required("agent.memory"),
                        r.map("runtime.ports").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                                e -> Integer.parseInt(e.getValue()))),
                        Set.copyOf(r.list("runtime.writable-root-types")), Set.copyOf(r.list("runtime.desktop-types")),
                        Long.parseLong(r.required("run-as-user")), r.required("gpu-resource"),
                        r.required("scratch-storage"), r.duration("stuck-deadline")));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record Reader(Function<String, Optional<String>> lookup) {

        Optional<String> optional(String key) {
            return lookup.apply(PREFIX + key).map(String::strip).filter(v -> !v.isEmpty());
        }

        String required(String key) {
            return optional(key).orElseThrow(() -> new IllegalStateException(
                    "configuration key " + PREFIX + key + " must be set for the Kubernetes driver"));
        }

        Duration duration(String key) {
            return Duration.parse(required(key));
        }

        List<String> list(String key) {
            return optional(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList()).orElse(List.of());
        }

        /** {@code a=1,b=2} into an ordered map. */
        Map<String, String> map(String key) {
            Map<String, String> map = new LinkedHashMap<>();
            for (String pair : list(key)) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException(PREFIX + key + ": expected name=value pairs, got " + pair);
                }
                map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            return Map.copyOf(map);
        }
    }
}
