package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.clawmanager.instances.entity.RuntimeInstance;
import org.clawmanager.platform.secrets.SecretCipher;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/** Turns an instance row into the driver's {@link RuntimeSpec}, decrypting the platform secrets it carries. */
@ApplicationScoped
public class InstanceSpecs {

    public static final String BOOTSTRAP_ENV = "CLAWMANAGER_BOOTSTRAP_TOKEN";
    public static final String GATEWAY_KEY_ENV = "OPENAI_API_KEY";

    @Inject
    SecretCipher cipher;

    public static String bootstrapContext(long id) {
        return "instance-bootstrap:" + id;
    }

    public static String gatewayContext(long id) {
        return "instance-gateway-key:" + id;
    }

    public RuntimeSpec of(RuntimeInstance i) {
        Map<String, String> secrets = new HashMap<>();
        secrets.put(BOOTSTRAP_ENV, cipher.decrypt(i.bootstrapSecret(), bootstrapContext(i.id())));
        if (i.gatewaySecret() != null) {
            secrets.put(GATEWAY_KEY_ENV, cipher.decrypt(i.gatewaySecret(), gatewayContext(i.id())));
        }
        RuntimeInstance.Resources r = i.resources();
        return new RuntimeSpec(i.id(), i.ownerId(), i.name(), i.type(), i.image(),
                new RuntimeSpec.Resources(r.cpuMillicores(), r.memoryMiB(), r.diskGiB(), r.gpus()),
                Json.envFromJson(i.env()), secrets, i.storageClass(), i.generation(),
                i.desiredPower() == org.clawmanager.instances.entity.PowerState.RUNNING);
    }
}
