package org.clawmanager.runtimes.control.kubernetes;

import java.util.Map;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.clawmanager.runtimes.boundary.RuntimeSpec.Resources;

/** Runtime specs for tests, and copies with one thing changed. */
final class Specs {

    static final String BOOTSTRAP = "boot-7f3a9c1e5d";
    static final String GATEWAY_KEY = "cmk-live-52b1e8d0";

    private Specs() {
    }

    static RuntimeSpec openclaw(long instanceId, long ownerId) {
        return new RuntimeSpec(instanceId, ownerId, "Research bot", "openclaw", "ghcr.io/example/openclaw:1.2",
                new Resources(2000, 4096, 20, 0), Map.of("LOG_LEVEL", "debug"),
                Map.of(SecretRouting.BOOTSTRAP_TOKEN, BOOTSTRAP, "OPENAI_API_KEY", GATEWAY_KEY), null, 1, true);
    }

    static RuntimeSpec withImage(RuntimeSpec s, String image) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), s.type(), image, s.resources(), s.env(),
                s.secrets(), s.storageClass(), s.generation() + 1, s.running());
    }

    static RuntimeSpec withResources(RuntimeSpec s, Resources resources) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), s.type(), s.image(), resources, s.env(),
                s.secrets(), s.storageClass(), s.generation() + 1, s.running());
    }

    static RuntimeSpec withEnv(RuntimeSpec s, Map<String, String> env) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), s.type(), s.image(), s.resources(), env,
                s.secrets(), s.storageClass(), s.generation() + 1, s.running());
    }

    static RuntimeSpec withSecrets(RuntimeSpec s, Map<String, String> secrets) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), s.type(), s.image(), s.resources(), s.env(),
                secrets, s.storageClass(), s.generation() + 1, s.running());
    }

    static RuntimeSpec withName(RuntimeSpec s, String name) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), name, s.type(), s.image(), s.resources(), s.env(),
                s.secrets(), s.storageClass(), s.generation() + 1, s.running());
    }

    static RuntimeSpec withType(RuntimeSpec s, String type) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), type, s.image(), s.resources(), s.env(),
                s.secrets(), s.storageClass(), s.generation() + 1, s.running());
    }

    static RuntimeSpec running(RuntimeSpec s, boolean running) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), s.type(), s.image(), s.resources(), s.env(),
                s.secrets(), s.storageClass(), s.generation() + 1, running);
    }

    static RuntimeSpec withStorageClass(RuntimeSpec s, String storageClass) {
        return new RuntimeSpec(s.instanceId(), s.ownerId(), s.name(), s.type(), s.image(), s.resources(), s.env(),
                s.secrets(), storageClass, s.generation() + 1, s.running());
    }
}
