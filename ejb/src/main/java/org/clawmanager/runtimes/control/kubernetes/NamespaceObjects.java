package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** The per-user namespace: labelled as ours and enforcing a Pod Security Standard level. */
final class NamespaceObjects {

    private final KubernetesSettings settings;
    private final InstanceNames names;

    NamespaceObjects(KubernetesSettings settings, InstanceNames names) {
        this.settings = settings;
        this.names = names;
    }

    Map<String, String> labels(long ownerId) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(InstanceLabels.MANAGED_BY, InstanceLabels.MANAGER);
        labels.put(InstanceLabels.OWNER_ID, Long.toString(ownerId));
        return labels;
    }

    Namespace namespace(long ownerId) {
        Map<String, String> labels = labels(ownerId);
        String level = settings.placement().podSecurityLevel();
        // the API server rejects Pods that do not meet the level: a second line of defence behind our templates
        labels.put("pod-security.kubernetes.io/enforce", level);
        labels.put("pod-security.kubernetes.io/enforce-version", "latest");
        labels.put("pod-security.kubernetes.io/warn", level);
        labels.put("pod-security.kubernetes.io/audit", level);
        return new NamespaceBuilder().withNewMetadata().withName(names.namespace(ownerId)).withLabels(labels)
                .endMetadata().build();
    }
}
