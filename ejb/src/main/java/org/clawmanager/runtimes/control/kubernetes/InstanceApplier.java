package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.clawmanager.platform.errors.ConflictException;
import org.clawmanager.platform.errors.DomainException;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * Writes an instance's objects so that they converge to its spec. Order matters: the Deployment (parent) first,
 * then the volume claim and the children with owner references, and only then may Pods run, so a Pod never starts
 * without its Secret. A brand-new Deployment is therefore created with zero replicas and scaled at the end.
 */
final class InstanceApplier {

    private static final Logger LOG = Logger.getLogger(InstanceApplier.class.getName());

    private final KubernetesClient client;
    private final NamespaceProvisioner namespaces;
    private final InstanceObjects objects;
    private final NetworkPolicies policies;
    private final Upserts upserts;

    InstanceApplier(KubernetesClient client, KubernetesSettings settings, NamespaceProvisioner namespaces) {
        this.client = client;
        this.namespaces = namespaces;
        this.objects = new InstanceObjects(settings);
        this.policies = new NetworkPolicies(settings);
        this.upserts = new Upserts(client);
    }

    void apply(RuntimeSpec spec) {
        SpecValidation.check(spec);
        String namespace = namespaces.ensure(spec.ownerId());
        try {
            write(spec, namespace);
        } catch (DomainException e) {
            if (!KubernetesFailures.NOT_FOUND.equals(e.code())) {
                throw e;
            }
            // the namespace was deleted behind our back since we prepared it: prepare it again, once
            namespaces.forget(namespace);
            write(spec, namespaces.ensure(spec.ownerId()));
        }
    }

    private void write(RuntimeSpec spec, String namespace) {
        Deployment existing = read(namespace, InstanceNames.workload(spec.instanceId()));
        if (existing != null && existing.getMetadata().getDeletionTimestamp() != null) {
            throw new ConflictException("kubernetes-instance-deleting",
                    "the objects of instance " + spec.instanceId() + " are being deleted; apply again afterwards");
        }
        if (existing != null && InstanceLabels.generation(existing) > spec.generation()) {
            // a slower writer with an older spec must not roll an instance back
            throw new ConflictException("kubernetes-stale-generation", "instance " + spec.instanceId()
                    + " already runs generation " + InstanceLabels.generation(existing) + ", newer than "
                    + spec.generation());
        }
        Deployment parent = existing != null ? existing : upserts.upsert(placeholder(spec, namespace));
        ensureVolumeClaim(objects.volumeClaim(spec, namespace));
        for (HasMetadata child : List.of(objects.secret(spec, namespace), objects.configMap(spec, namespace),
                policies.instance(spec, namespace))) {
            child.getMetadata().setOwnerReferences(List.of(InstanceObjects.ownedBy(parent)));
            upserts.upsert(child);
        }
        Service service = objects.service(spec, namespace);
        service.getMetadata().setOwnerReferences(List.of(InstanceObjects.ownedBy(parent)));
        upserts.upsert(service, InstanceApplier::keepAllocatedAddresses);
        upserts.upsert(objects.deployment(spec, namespace, spec.running() ? 1 : 0));
    }

    /**
     * The first version of a new Deployment: no Pod yet, and generation 0, so that a status read in between
     * cannot mistake it for the applied spec with the instance stopped.
     */
    private Deployment placeholder(RuntimeSpec spec, String namespace) {
        Deployment deployment = objects.deployment(spec, namespace, 0);
        deployment.getMetadata().getAnnotations().put(InstanceLabels.GENERATION_ANNOTATION, "0");
        return deployment;
    }

    private Deployment read(String namespace, String name) {
        try {
            return client.apps().deployments().inNamespace(namespace).withName(name).get();
        } catch (KubernetesClientException e) {
            throw KubernetesFailures.translate("cannot read Deployment " + namespace + "/" + name, e);
        }
    }

    /**
     * Creates the claim, or grows it when the disk size went up (shrinking is impossible in Kubernetes; a changed
     * storage class would need a data migration): the workspace is never replaced by an apply.
     */
    private void ensureVolumeClaim(PersistentVolumeClaim desired) {
        String name = desired.getMetadata().getName();
        String namespace = desired.getMetadata().getNamespace();
        PersistentVolumeClaim existing;
        try {
            existing = client.persistentVolumeClaims().inNamespace(namespace).withName(name).get();
        } catch (KubernetesClientException e) {
            throw KubernetesFailures.translate("cannot read PersistentVolumeClaim " + name, e);
        }
        if (existing == null) {
            createVolumeClaim(desired);
            return;
        }
        Quantity wanted = desired.getSpec().getResources().getRequests().get("storage");
        Map<String, Quantity> requests = existing.getSpec().getResources().getRequests();
        Quantity current = requests.get("storage");
        if (current == null || Quantity.getAmountInBytes(wanted).compareTo(Quantity.getAmountInBytes(current)) > 0) {
            requests.put("storage", wanted);
            upserts.upsert(existing);
        } else if (Quantity.getAmountInBytes(wanted).compareTo(Quantity.getAmountInBytes(current)) < 0) {
            LOG.fine(() -> "PersistentVolumeClaim " + namespace + "/" + name + " stays at " + current
                    + ": volumes cannot shrink");
        }
    }

    private void createVolumeClaim(PersistentVolumeClaim desired) {
        try {
            client.resource(desired).create();
        } catch (KubernetesClientException e) {
            if (e.getCode() != 409) {
                throw KubernetesFailures.translate("cannot create PersistentVolumeClaim "
                        + desired.getMetadata().getName(), e);
            }
        }
    }

    /** A Service's cluster IP is allocated by the API server and immutable: a replace must carry it over. */
    private static void keepAllocatedAddresses(Service existing, Service update) {
        update.getSpec().setClusterIP(existing.getSpec().getClusterIP());
        update.getSpec().setClusterIPs(existing.getSpec().getClusterIPs());
        update.getSpec().setIpFamilies(existing.getSpec().getIpFamilies());
        update.getSpec().setIpFamilyPolicy(existing.getSpec().getIpFamilyPolicy());
    }
}
