package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The informers: one watch per kind for the whole cluster (never one per instance or per namespace), indexed by
 * instance id. Deployments and volume claims are selected by our label; Pods are all watched because node capacity
 * needs every Pod's requests; Events carry no labels and are matched to instances by object name. Every replica of
 * the control plane runs its own set (docs/adr/0154-informers-on-every-replica.md).
 */
final class ClusterCaches implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClusterCaches.class.getName());
    static final String BY_INSTANCE = "instance";
    static final String BY_NODE = "node";

    private final InstanceNames names;
    private final SharedIndexInformer<Deployment> deployments;
    private final SharedIndexInformer<PersistentVolumeClaim> claims;
    private final SharedIndexInformer<Pod> pods;
    private final SharedIndexInformer<Event> events;
    private final SharedIndexInformer<Node> nodes;

    ClusterCaches(KubernetesClient client, KubernetesSettings settings, InstanceNames names, LongConsumer changed) {
        this.names = names;
        long resync = settings.connection().resync().toMillis();
        String managed = InstanceLabels.MANAGED_BY;
        deployments = client.apps().deployments().inAnyNamespace().withLabel(managed, InstanceLabels.MANAGER)
                .runnableInformer(resync);
        claims = client.persistentVolumeClaims().inAnyNamespace().withLabel(managed, InstanceLabels.MANAGER)
                .runnableInformer(0);
        pods = client.pods().inAnyNamespace().runnableInformer(0);
        String eventFilter = settings.connection().eventsFieldSelector();
        events = (eventFilter.isBlank() ? client.v1().events().inAnyNamespace()
                : client.v1().events().inAnyNamespace().withField(fieldName(eventFilter), fieldValue(eventFilter)))
                .runnableInformer(0);
        nodes = client.nodes().runnableInformer(0);

        index(deployments, this::labelledInstance, changed);
        index(claims, this::labelledInstance, changed);
        index(pods, this::labelledInstance, changed);
        pods.addIndexers(Map.of(BY_NODE, p -> p.getSpec() == null || p.getSpec().getNodeName() == null ? List.of()
                : List.of(p.getSpec().getNodeName())));
        index(events, this::eventInstance, changed);
        Stream.of(deployments, claims, pods, events, nodes).forEach(i -> i.exceptionHandler((started, failure) -> {
            // fabric8 itself logs the failure as a warning; this only records that we keep retrying
            LOG.log(Level.FINE, "Kubernetes list/watch failed, retrying", failure);
            return true;
        }));
    }

    /** Starts every informer; completes when all caches hold their first full list. */
    CompletableFuture<Void> start() {
        return CompletableFuture.allOf(Stream.of(deployments, claims, pods, events, nodes)
                .map(i -> i.start().toCompletableFuture()).toArray(CompletableFuture[]::new));
    }

    boolean synced() {
        return Stream.of(deployments, claims, pods, events, nodes).allMatch(SharedIndexInformer::hasSynced);
    }

    InstanceView view(long instanceId) {
        String key = Long.toString(instanceId);
        List<Deployment> deployment = deployments.getIndexer().byIndex(BY_INSTANCE, key);
        List<PersistentVolumeClaim> claim = claims.getIndexer().byIndex(BY_INSTANCE, key);
        return new InstanceView(instanceId, deployment.isEmpty() ? null : deployment.get(0),
                claim.isEmpty() ? null : claim.get(0), pods.getIndexer().byIndex(BY_INSTANCE, key),
                events.getIndexer().byIndex(BY_INSTANCE, key));
    }

    /** Every instance that has a Deployment or a volume claim in a namespace of ours. */
    Set<Long> instanceIds() {
        Set<Long> ids = new TreeSet<>();
        Stream.concat(deployments.getStore().list().stream(), claims.getStore().list().stream())
                .map(this::labelledInstance).filter(OptionalLong::isPresent).forEach(id -> ids.add(id.getAsLong()));
        return ids;
    }

    List<Node> nodes() {
        return nodes.getStore().list();
    }

    List<Pod> podsOn(String nodeName) {
        return pods.getIndexer().byIndex(BY_NODE, nodeName);
    }

    @Override
    public void close() {
        Stream.of(deployments, claims, pods, events, nodes).forEach(SharedIndexInformer::stop);
    }

    private OptionalLong labelledInstance(HasMetadata object) {
        return names.isManagedNamespace(object.getMetadata().getNamespace()) ? InstanceLabels.instanceId(object)
                : OptionalLong.empty();
    }

    private OptionalLong eventInstance(Event event) {
        if (event.getInvolvedObject() == null || !names.isManagedNamespace(event.getMetadata().getNamespace())) {
            return OptionalLong.empty();
        }
        return InstanceNames.instanceOf(event.getInvolvedObject().getName());
    }

    private static <T extends HasMetadata> void index(SharedIndexInformer<T> informer,
                                                      Function<T, OptionalLong> instanceOf, LongConsumer changed) {
        informer.addIndexers(Map.of(BY_INSTANCE, o -> {
            OptionalLong id = instanceOf.apply(o);
            return id.isPresent() ? List.of(Long.toString(id.getAsLong())) : List.of();
        }));
        informer.addEventHandler(new ResourceEventHandler<T>() {
            @Override
            public void onAdd(T object) {
                instanceOf.apply(object).ifPresent(changed);
            }

            @Override
            public void onUpdate(T before, T after) {
                instanceOf.apply(after).ifPresent(changed);
            }

            @Override
            public void onDelete(T object, boolean finalStateUnknown) {
                instanceOf.apply(object).ifPresent(changed);
            }
        });
    }

    private static String fieldName(String selector) {
        return selector.substring(0, selector.indexOf('=')).strip();
    }

    private static String fieldValue(String selector) {
        return selector.substring(selector.indexOf('=') + 1).strip();
    }
}
