package org.clawmanager.runtimes.control.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.function.BiConsumer;

/**
 * Create-or-replace with optimistic concurrency, which makes {@code apply} idempotent: the object is created when
 * missing, otherwise replaced at the resourceVersion just read, retried when someone else wrote in between.
 * (Server-side apply would do the same in one call, but fabric8's mock API server, which the tests run against,
 * does not implement it; see docs/adr/0153-fabric8-client.md.)
 */
final class Upserts {

    private static final int ATTEMPTS = 4;

    private final KubernetesClient client;

    Upserts(KubernetesClient client) {
        this.client = client;
    }

    <T extends HasMetadata> T upsert(T desired) {
        return upsert(desired, (existing, update) -> { });
    }

    /** {@code preserve(existing, update)} copies server-owned fields (e.g. a Service's clusterIP) into the update. */
    <T extends HasMetadata> T upsert(T desired, BiConsumer<T, T> preserve) {
        String what = desired.getKind() + " " + desired.getMetadata().getNamespace() + "/"
                + desired.getMetadata().getName();
        for (int attempt = 1; ; attempt++) {
            try {
                T existing = client.resource(desired).get();
                if (existing == null) {
                    return client.resource(desired).create();
                }
                desired.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
                preserve.accept(existing, desired);
                return client.resource(desired).update();
            } catch (KubernetesClientException e) {
                if (e.getCode() != 409 || attempt == ATTEMPTS) {
                    throw KubernetesFailures.translate("cannot write " + what, e);
                }
            } finally {
                desired.getMetadata().setResourceVersion(null);
            }
        }
    }
}
