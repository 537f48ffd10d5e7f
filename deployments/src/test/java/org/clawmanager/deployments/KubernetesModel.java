package org.clawmanager.deployments;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Reads manifests into fabric8's Kubernetes object model and finds fields the model does not know. */
final class KubernetesModel {

    private KubernetesModel() {
    }

    /** Every document of a multi-document YAML text, as typed objects. */
    static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (!document.replaceAll("(?m)^\\s*#.*$", "").isBlank()) {
                objects.add(Serialization.unmarshal(document));
            }
        }
        return objects;
    }

    /** Paths of fields fabric8 kept in additionalProperties, i.e. that Kubernetes would not know either. */
    static List<String> unknownFields(List<HasMetadata> objects) {
        List<String> unknown = new ArrayList<>();
        for (HasMetadata object : objects) {
            walk(object, object.getKind() + "/" + object.getMetadata().getName(), unknown, new IdentityHashMap<>());
        }
        return unknown;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deployments/kubernetes"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deployments/kubernetes not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static void walk(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            items.forEach(i -> walk(i, path + "[]", unknown, seen));
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> walk(v, path + "{}", unknown, seen));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                walk(value, path + "." + getter.getName().substring(3), unknown, seen);
            }
        }
    }
}
