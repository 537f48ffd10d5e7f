package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.clawmanager.platform.errors.ConflictException;

/**
 * Prepares a user's namespace once per replica: the namespace itself (Pod Security enforced), the RoleBinding
 * that gives the control plane its rights there, the default-deny NetworkPolicy and copies of the image pull
 * secrets. Afterwards the namespace is remembered, so an apply costs no extra calls; {@link #forget} drops it when
 * an operation finds it gone.
 */
final class NamespaceProvisioner {

    private static final Logger LOG = Logger.getLogger(NamespaceProvisioner.class.getName());

    private final KubernetesClient client;
    private final KubernetesSettings settings;
    private final InstanceNames names;
    private final NamespaceObjects objects;
    private final NetworkPolicies policies;
    private final Upserts upserts;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();

    NamespaceProvisioner(KubernetesClient client, KubernetesSettings settings, InstanceNames names) {
        this.client = client;
        this.settings = settings;
        this.names = names;
        this.objects = new NamespaceObjects(settings, names);
        this.policies = new NetworkPolicies(settings);
        this.upserts = new Upserts(client);
    }

    String ensure(long ownerId) {
        String namespace = names.namespace(ownerId);
        if (prepared.contains(namespace)) {
            return namespace;
        }
        Namespace existing = get(namespace);
        if (existing == null) {
            create(objects.namespace(ownerId));
        } else if (!InstanceLabels.MANAGER.equals(existing.getMetadata().getLabels() == null ? null
                : existing.getMetadata().getLabels().get(InstanceLabels.MANAGED_BY))) {
            // never deploy into a namespace someone else owns, even if its name matches our scheme
            throw new ConflictException("kubernetes-namespace-foreign",
                    "namespace " + namespace + " exists but is not managed by ClawManager");
        } else if (existing.getMetadata().getDeletionTimestamp() != null) {
            throw new ConflictException("kubernetes-namespace-terminating",
                    "namespace " + namespace + " is being deleted; try again when it is gone");
        }
        settings.placement().namespaceRole().ifPresent(role -> upserts.upsert(roleBinding(namespace, role)));
        upserts.upsert(policies.namespaceDefaultDeny(namespace, objects.labels(ownerId)));
        settings.placement().imagePullSecrets().forEach(secret -> copyPullSecret(secret, namespace));
        prepared.add(namespace);
        LOG.info(() -> "Kubernetes namespace " + namespace + " is ready for instances");
        return namespace;
    }

    void forget(String namespace) {
        prepared.remove(namespace);
    }

    private Namespace get(String namespace) {
        try {
            return client.namespaces().withName(namespace).get();
        } catch (KubernetesClientException e) {
            throw KubernetesFailures.translate("cannot read namespace " + namespace, e);
        }
    }

    private void create(Namespace namespace) {
        try {
            client.resource(namespace).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) { // another replica created it first
                throw KubernetesFailures.translate("cannot create namespace " + namespace.getMetadata().getName(), e);
            }
        }
    }

    private RoleBinding roleBinding(String namespace, String clusterRole) {
        return new RoleBindingBuilder()
                .withNewMetadata().withName("clawmanager-control-plane").withNamespace(namespace)
                .withLabels(Map.of(InstanceLabels.MANAGED_BY, InstanceLabels.MANAGER)).endMetadata()
                .withNewRoleRef().withApiGroup("rbac.authorization.k8s.io").withKind("ClusterRole")
                .withName(clusterRole).endRoleRef()
                .addNewSubject().withKind("ServiceAccount").withName(settings.placement().serviceAccount())
                .withNamespace(settings.network().controlPlaneNamespace()).endSubject()
                .build();
    }

    /** Pods can only use pull secrets of their own namespace, so the configured ones are copied in. */
    private void copyPullSecret(String name, String namespace) {
        Secret source;
        try {
            source = client.secrets().inNamespace(settings.network().controlPlaneNamespace()).withName(name).get();
        } catch (KubernetesClientException e) {
            throw KubernetesFailures.translate("cannot read image pull secret " + name, e);
        }
        if (source == null) {
            throw KubernetesFailures.unavailable("image pull secret " + name + " does not exist in namespace "
                    + settings.network().controlPlaneNamespace());
        }
        upserts.upsert(new SecretBuilder().withNewMetadata().withName(name).withNamespace(namespace)
                .withLabels(Map.of(InstanceLabels.MANAGED_BY, InstanceLabels.MANAGER)).endMetadata()
                .withType(source.getType()).withData(source.getData()).build());
    }
}
