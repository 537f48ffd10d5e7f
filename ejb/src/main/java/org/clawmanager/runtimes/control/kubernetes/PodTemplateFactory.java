package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * The Pod of one instance: the runtime container and the reference agent as a sidecar, sharing the workspace
 * volume. Hardened for the "restricted" Pod Security Standard: non-root, no privilege escalation, no capabilities,
 * RuntimeDefault seccomp, no service-account token (the Pod never talks to the Kubernetes API), no service links.
 */
final class PodTemplateFactory {

    static final String RUNTIME = "runtime";
    static final String AGENT = "agent";
    static final String WORKSPACE = "/workspace";
    static final String CONFIG_DIR = "/etc/clawmanager";

    private final KubernetesSettings settings;
    private final PodVolumes volumes;

    PodTemplateFactory(KubernetesSettings settings) {
        this.settings = settings;
        this.volumes = new PodVolumes(settings);
    }

    PodTemplateSpec template(RuntimeSpec spec, String configDigest) {
        // no name or generation here: only a change the Pod can notice may roll it
        Map<String, String> annotations = Map.of(InstanceLabels.CONFIG_DIGEST_ANNOTATION, configDigest);
        long uid = settings.pods().runAsUser();
        return new PodTemplateSpecBuilder()
                .withNewMetadata().withLabels(InstanceLabels.of(spec)).withAnnotations(annotations).endMetadata()
                .withNewSpec()
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withTerminationGracePeriodSeconds(30L)
                .withSecurityContext(new PodSecurityContextBuilder().withRunAsNonRoot(true).withRunAsUser(uid)
                        .withRunAsGroup(uid).withFsGroup(uid).withFsGroupChangePolicy("OnRootMismatch")
                        .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build())
                .withImagePullSecrets(settings.placement().imagePullSecrets().stream()
                        .map(LocalObjectReference::new).toList())
                .withTolerations(tolerations(spec))
                .withContainers(runtime(spec), agent(spec))
                .withVolumes(volumes.volumes(spec))
                .endSpec()
                .build();
    }

    private Container runtime(RuntimeSpec spec) {
        int port = settings.pods().runtimePort(spec.type());
        boolean readOnlyRoot = !settings.pods().writableRootTypes().contains(spec.type());
        List<VolumeMount> mounts = new ArrayList<>(List.of(
                mount(PodVolumes.WORKSPACE, WORKSPACE, false),
                mount(PodVolumes.RUNTIME_TMP, "/tmp", false),
                mount(PodVolumes.CONFIG, CONFIG_DIR, true)));
        if (settings.pods().desktopTypes().contains(spec.type())) {
            mounts.add(mount(PodVolumes.SHM, "/dev/shm", false));
        }
        return new ContainerBuilder()
                .withName(RUNTIME).withImage(spec.image()).withImagePullPolicy("IfNotPresent")
                .addNewPort().withName("runtime").withContainerPort(port).withProtocol("TCP").endPort()
                .withEnv(runtimeEnv(spec))
                .withResources(new ContainerResources(settings).runtime(spec.resources()))
                .withVolumeMounts(mounts)
                .withSecurityContext(hardened(readOnlyRoot))
                // a slow image or first start gets 5 minutes before liveness may restart it
                .withStartupProbe(tcp(port, 5, 60))
                .withReadinessProbe(tcp(port, 10, 3))
                .withLivenessProbe(tcp(port, 20, 3))
                .build();
    }

    private Container agent(RuntimeSpec spec) {
        List<EnvVar> env = new ArrayList<>(List.of(
                env("CLAWMANAGER_URL", settings.network().controlPlaneUrl().toString()),
                env("CLAWMANAGER_INSTANCE_ID", Long.toString(spec.instanceId())),
                env("CLAWMANAGER_RUNTIME_TYPE", spec.type()),
                env("CLAWMANAGER_WORKSPACE", WORKSPACE),
                env("CLAWMANAGER_CONFIG_DIR", CONFIG_DIR)));
        spec.secrets().keySet().stream().filter(SecretRouting::forAgent).sorted()
                .forEach(key -> env.add(secretEnv(spec, key)));
        return new ContainerBuilder()
                .withName(AGENT).withImage(settings.pods().agentImage()).withImagePullPolicy("IfNotPresent")
                .withEnv(env)
                .withResources(new ContainerResources(settings).agent())
                .withVolumeMounts(mount(PodVolumes.WORKSPACE, WORKSPACE, false),
                        mount(PodVolumes.AGENT_TMP, "/tmp", false), mount(PodVolumes.CONFIG, CONFIG_DIR, true))
                .withSecurityContext(hardened(true))
                .build();
    }

    /**
     * User overrides come from the ConfigMap (one reference per key, so a key change rolls the Pod); platform
     * variables are added after them and are never overridden: a user override of a platform name is dropped.
     */
    private List<EnvVar> runtimeEnv(RuntimeSpec spec) {
        Map<String, EnvVar> env = new LinkedHashMap<>();
        env.put("HOME", env("HOME", WORKSPACE));
        spec.env().keySet().stream().sorted().forEach(key -> env.put(key, new EnvVarBuilder().withName(key)
                .withNewValueFrom().withNewConfigMapKeyRef(key, InstanceNames.workload(spec.instanceId()), false)
                .endValueFrom().build()));
        String gateway = settings.network().gatewayUrl().toString();
        List<EnvVar> platform = new ArrayList<>(List.of(
                env("CLAWMANAGER_INSTANCE_ID", Long.toString(spec.instanceId())),
                env("CLAWMANAGER_WORKSPACE", WORKSPACE),
                env("CLAWMANAGER_LLM_BASE_URL", gateway),
                env("OPENAI_BASE_URL", gateway)));
        spec.secrets().keySet().stream().filter(k -> !SecretRouting.forAgent(k)).sorted()
                .forEach(key -> platform.add(secretEnv(spec, key)));
        platform.forEach(e -> {
            env.remove(e.getName());
            env.put(e.getName(), e);
        });
        return List.copyOf(env.values());
    }

    private List<Toleration> tolerations(RuntimeSpec spec) {
        if (spec.resources().gpus() <= 0) {
            return List.of();
        }
        // GPU nodes are commonly tainted with the device resource name so that only GPU workloads land there
        return List.of(new TolerationBuilder().withKey(settings.pods().gpuResource()).withOperator("Exists")
                .withEffect("NoSchedule").build());
    }

    private static SecurityContext hardened(boolean readOnlyRoot) {
        return new SecurityContextBuilder().withAllowPrivilegeEscalation(false).withPrivileged(false)
                .withRunAsNonRoot(true).withReadOnlyRootFilesystem(readOnlyRoot)
                .withNewCapabilities().withDrop("ALL").endCapabilities()
                .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile().build();
    }

    private static Probe tcp(int port, int periodSeconds, int failureThreshold) {
        return new ProbeBuilder().withNewTcpSocket().withNewPort(port).endTcpSocket()
                .withPeriodSeconds(periodSeconds).withFailureThreshold(failureThreshold).withTimeoutSeconds(3).build();
    }

    private static EnvVar env(String name, String value) {
        return new EnvVarBuilder().withName(name).withValue(value).build();
    }

    private static EnvVar secretEnv(RuntimeSpec spec, String key) {
        return new EnvVarBuilder().withName(key).withNewValueFrom()
                .withNewSecretKeyRef(key, InstanceNames.workload(spec.instanceId()), false).endValueFrom().build();
    }

    private static VolumeMount mount(String volume, String path, boolean readOnly) {
        return new VolumeMountBuilder().withName(volume).withMountPath(path).withReadOnly(readOnly).build();
    }
}
