package org.clawmanager.runtimes.control.kubernetes;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object and namespace names derived from ids, and the way back. Every per-instance object starts with
 * {@code claw-<instanceId>} so that Events (which carry no labels) can be traced to their instance by the name of
 * the object they are about: the Deployment {@code claw-7}, its ReplicaSet {@code claw-7-5d9c8}, its Pod
 * {@code claw-7-5d9c8-x2k4p}, the volume claim {@code claw-7-workspace}.
 */
public final class InstanceNames {

    private static final Pattern INSTANCE_OBJECT = Pattern.compile("^claw-(\\d{1,18})(?:-.*)?$");

    private final String namespacePrefix;

    public InstanceNames(String namespacePrefix) {
        this.namespacePrefix = namespacePrefix;
    }

    /** The per-user namespace, {@code <prefix>-u<ownerId>}. */
    public String namespace(long ownerId) {
        return namespacePrefix + "-u" + ownerId;
    }

    /** Whether a namespace is one of ours (this installation's prefix); other namespaces are ignored. */
    public boolean isManagedNamespace(String namespace) {
        if (namespace == null || !namespace.startsWith(namespacePrefix + "-u")) {
            return false;
        }
        String rest = namespace.substring(namespacePrefix.length() + 2);
        return !rest.isEmpty() && rest.chars().allMatch(Character::isDigit);
    }

    /** Deployment, Service, Secret, ConfigMap and NetworkPolicy share this name (one of each kind). */
    public static String workload(long instanceId) {
        return "claw-" + instanceId;
    }

    public static String volumeClaim(long instanceId) {
        return workload(instanceId) + "-workspace";
    }

    /** The instance an object named after it belongs to, if the name follows the scheme. */
    public static OptionalLong instanceOf(String objectName) {
        if (objectName == null) {
            return OptionalLong.empty();
        }
        Matcher m = INSTANCE_OBJECT.matcher(objectName);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
