package org.clawmanager.gateway.control;

import java.util.Set;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.ErrorKind;

/** Model allow-lists: the key's own list, then the lists of its user, team and instance (each one that exists). */
public final class Access {

    private Access() {
    }

    public static boolean allowed(CatalogSnapshot catalog, KeyInfo key, String requested, String model) {
        if (!key.allowedModels().isEmpty() && !key.allowedModels().contains(requested)
                && !key.allowedModels().contains(model)) {
            return false;
        }
        return permits(catalog.accessList("user:" + key.userId()), requested, model)
                && (key.teamId() == null || permits(catalog.accessList("team:" + key.teamId()), requested, model))
                && (key.instanceId() == null
                || permits(catalog.accessList("instance:" + key.instanceId()), requested, model));
    }

    private static boolean permits(Set<String> list, String requested, String model) {
        return list == null || list.contains(model) || list.contains(requested) || list.contains("*");
    }

    public static void check(CatalogSnapshot catalog, KeyInfo key, String requested, String model) {
        if (!allowed(catalog, key, requested, model)) {
            throw new GatewayException(ErrorKind.FORBIDDEN, "model_not_allowed",
                    "This key is not allowed to use the model '" + requested + "'.");
        }
    }
}
