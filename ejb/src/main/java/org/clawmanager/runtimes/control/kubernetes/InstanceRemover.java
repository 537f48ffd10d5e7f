package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Deletable;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Deletes everything of one instance, storage included. The namespace is found from the objects themselves (the
 * caller only knows the instance id). Children are deleted explicitly as well as through their owner reference, so
 * the result does not depend on the garbage collector's timing and leftovers of an interrupted apply go too.
 */
final class InstanceRemover {

    private final KubernetesClient client;
    private final InstanceNames names;

    InstanceRemover(KubernetesClient client, InstanceNames names) {
        this.client = client;
        this.names = names;
    }

    void delete(long instanceId) {
        Map<String, String> selector = InstanceLabels.selector(instanceId);
        try {
            for (String namespace : namespacesOf(selector)) {
                // the parent goes last, so the instance never looks like "volume without workload" meanwhile
                delete(client.persistentVolumeClaims().inNamespace(namespace).withLabels(selector));
                delete(client.services().inNamespace(namespace).withLabels(selector));
                delete(client.secrets().inNamespace(namespace).withLabels(selector));
                delete(client.configMaps().inNamespace(namespace).withLabels(selector));
                delete(client.network().v1().networkPolicies().inNamespace(namespace).withLabels(selector));
                delete(client.apps().deployments().inNamespace(namespace).withLabels(selector)
                        .withPropagationPolicy(DeletionPropagation.BACKGROUND));
            }
        } catch (KubernetesClientException e) {
            throw KubernetesFailures.translate("cannot delete the objects of instance " + instanceId, e);
        }
    }

    /** Namespaces that hold the instance's Deployment or volume claim: one cluster-wide list call each. */
    private Set<String> namespacesOf(Map<String, String> selector) {
        Function<HasMetadata, String> namespace = o -> o.getMetadata().getNamespace();
        Set<String> namespaces = new TreeSet<>();
        Stream.concat(
                client.apps().deployments().inAnyNamespace().withLabels(selector).list().getItems().stream()
                        .map(namespace),
                client.persistentVolumeClaims().inAnyNamespace().withLabels(selector).list().getItems().stream()
                        .map(namespace))
                .filter(names::isManagedNamespace)
                .forEach(namespaces::add);
        return namespaces;
    }

    private static void delete(Deletable objects) {
        objects.delete();
    }
}
