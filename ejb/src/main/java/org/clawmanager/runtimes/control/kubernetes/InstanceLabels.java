package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/** The labels and annotations every managed object carries; informers and deletes select by them. */
public final class InstanceLabels {

    public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    public static final String MANAGER = "clawmanager";
    public static final String NAME = "app.kubernetes.io/name";
    public static final String INSTANCE = "app.kubernetes.io/instance";
    public static final String COMPONENT = "app.kubernetes.io/component";
    public static final String INSTANCE_ID = "clawmanager.io/instance-id";
    public static final String OWNER_ID = "clawmanager.io/owner-id";

    /** Human instance name (annotation: label values cannot hold arbitrary text). */
    public static final String INSTANCE_NAME_ANNOTATION = "clawmanager.io/instance-name";
    /** The {@link RuntimeSpec#generation()} the object was written for. */
    public static final String GENERATION_ANNOTATION = "clawmanager.io/generation";
    /** Digest of the Secret and ConfigMap contents, on the pod template so a change rolls the pod. */
    public static final String CONFIG_DIGEST_ANNOTATION = "clawmanager.io/config-digest";

    private InstanceLabels() {
    }

    public static Map<String, String> of(RuntimeSpec spec) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(MANAGED_BY, MANAGER);
        labels.put(NAME, spec.type());
        labels.put(INSTANCE, InstanceNames.workload(spec.instanceId()));
        labels.put(COMPONENT, "agent-runtime");
        labels.put(INSTANCE_ID, Long.toString(spec.instanceId()));
        labels.put(OWNER_ID, Long.toString(spec.ownerId()));
        return labels;
    }

    /** The pod selector of one instance; deliberately minimal because a Deployment's selector is immutable. */
    public static Map<String, String> selector(long instanceId) {
        return Map.of(MANAGED_BY, MANAGER, INSTANCE_ID, Long.toString(instanceId));
    }

    public static Map<String, String> annotations(RuntimeSpec spec) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put(INSTANCE_NAME_ANNOTATION, spec.name() == null ? "" : spec.name());
        annotations.put(GENERATION_ANNOTATION, Long.toString(spec.generation()));
        return annotations;
    }

    /** The instance id label of a managed object, if present and numeric. */
    public static OptionalLong instanceId(HasMetadata object) {
        Map<String, String> labels = object.getMetadata() == null ? null : object.getMetadata().getLabels();
        if (labels == null || !MANAGER.equals(labels.get(MANAGED_BY))) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(labels.getOrDefault(INSTANCE_ID, "")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    public static long generation(HasMetadata object) {
        Map<String, String> annotations = object.getMetadata().getAnnotations();
        try {
            return annotations == null ? 0 : Long.parseLong(annotations.getOrDefault(GENERATION_ANNOTATION, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
