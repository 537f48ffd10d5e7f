package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * The desired Kubernetes objects of one instance, as pure functions of the spec and the settings. The Deployment
 * is the parent; {@link #ownedBy(Deployment)} makes the Secret, ConfigMap, Service and NetworkPolicy its children so
 * that deleting it cascades. The workspace claim is deliberately not a child (docs/adr/0151-pvc-ownership.md).
 */
final class InstanceObjects {

    private final KubernetesSettings settings;
    private final PodTemplateFactory pods;

    InstanceObjects(KubernetesSettings settings) {
        this.settings = settings;
        this.pods = new PodTemplateFactory(settings);
    }

    Deployment deployment(RuntimeSpec spec, String namespace, int replicas) {
        return new DeploymentBuilder()
                .withMetadata(metadata(spec, namespace, InstanceNames.workload(spec.instanceId())))
                .withNewSpec()
                .withReplicas(replicas)
                .withRevisionHistoryLimit(2)
                // one Pod with a ReadWriteOnce volume: the old Pod must release the volume before the new one starts
                .withNewStrategy().withType("Recreate").endStrategy()
                .withNewSelector().withMatchLabels(InstanceLabels.selector(spec.instanceId())).endSelector()
                .withTemplate(pods.template(spec, configDigest(spec)))
                .endSpec()
                .build();
    }

    Secret secret(RuntimeSpec spec, String namespace) {
        Map<String, String> data = new TreeMap<>();
        spec.secrets().forEach((k, v) -> data.put(k, Base64.getEncoder().encodeToString(
                v.getBytes(StandardCharsets.UTF_8))));
        return new SecretBuilder().withMetadata(metadata(spec, namespace, InstanceNames.workload(spec.instanceId())))
                .withType("Opaque").withImmutable(false).withData(data).build();
    }

    ConfigMap configMap(RuntimeSpec spec, String namespace) {
        return new ConfigMapBuilder()
                .withMetadata(metadata(spec, namespace, InstanceNames.workload(spec.instanceId())))
                .withData(configData(spec)).build();
    }

    Service service(RuntimeSpec spec, String namespace) {
        int port = settings.pods().runtimePort(spec.type());
        return new ServiceBuilder().withMetadata(metadata(spec, namespace, InstanceNames.workload(spec.instanceId())))
                .withNewSpec().withType("ClusterIP").withSelector(InstanceLabels.selector(spec.instanceId()))
                .addNewPort().withName("runtime").withPort(port).withNewTargetPort("runtime").withProtocol("TCP")
                .endPort().endSpec().build();
    }

    PersistentVolumeClaim volumeClaim(RuntimeSpec spec, String namespace) {
        String storageClass = spec.storageClass() != null && !spec.storageClass().isBlank() ? spec.storageClass()
                : settings.placement().storageClass().orElse(null);
        return new PersistentVolumeClaimBuilder()
                .withMetadata(metadata(spec, namespace, InstanceNames.volumeClaim(spec.instanceId())))
                .withNewSpec().withAccessModes("ReadWriteOnce").withStorageClassName(storageClass)
                .withNewResources().addToRequests("storage", new Quantity(spec.resources().diskGiB() + "Gi"))
                .endResources().endSpec().build();
    }

    /** The owner reference that ties a child object's lifetime to the instance's Deployment. */
    static OwnerReference ownedBy(Deployment parent) {
        // blockOwnerDeletion stays unset: setting it needs update rights on deployments/finalizers
        return new OwnerReferenceBuilder().withApiVersion("apps/v1").withKind("Deployment")
                .withName(parent.getMetadata().getName()).withUid(parent.getMetadata().getUid())
                .withController(true).build();
    }

    /**
     * A digest of everything the Pod reads from its Secret and ConfigMap. It is put on the Pod template, so a
     * changed value (not only a changed key) rolls the Pod. Hashing secrets is safe here: they are random tokens.
     */
    String configDigest(RuntimeSpec spec) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(spec.secrets()).forEach((k, v) -> update(sha, "secret", k, v));
            new TreeMap<>(configData(spec)).forEach((k, v) -> update(sha, "config", k, v));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Only what the Pod consumes: a display-name or generation change must not restart a running instance. */
    private Map<String, String> configData(RuntimeSpec spec) {
        Map<String, String> data = new TreeMap<>(spec.env());
        Map<String, Object> instance = new LinkedHashMap<>();
        instance.put("instanceId", spec.instanceId());
        instance.put("ownerId", spec.ownerId());
        instance.put("type", spec.type());
        instance.put("controlPlaneUrl", settings.network().controlPlaneUrl().toString());
        instance.put("gatewayUrl", settings.network().gatewayUrl().toString());
        instance.put("workspace", PodTemplateFactory.WORKSPACE);
        data.put(PodVolumes.INSTANCE_FILE, Serialization.asJson(instance));
        return data;
    }

    private static void update(MessageDigest sha, String kind, String key, String value) {
        for (String part : new String[] {kind, key, value}) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
    }

    private static ObjectMeta metadata(RuntimeSpec spec, String namespace, String name) {
        return new ObjectMetaBuilder().withName(name).withNamespace(namespace).withLabels(InstanceLabels.of(spec))
                .withAnnotations(InstanceLabels.annotations(spec)).build();
    }
}
