package org.clawmanager.runtimes.control.kubernetes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clawmanager.platform.startup.StartupSequence;
import org.clawmanager.runtimes.boundary.DriverKind;
import org.eclipse.microprofile.config.Config;

/**
 * When Kubernetes is the selected driver ({@code clawmanager.runtime.driver=kubernetes}), connects at start-up so
 * the informers fill their caches before the first sweep asks, and so a wrong setting fails the start instead of
 * the first sweep. It does not wait for the API server: an unreachable cluster must not keep the console down.
 * With any other driver nothing happens and the Kubernetes bean stays unconnected.
 */
@ApplicationScoped
public class KubernetesStartup {

    static final String DRIVER_KEY = "clawmanager.runtime.driver";

    @Inject
    Config config;

    @Inject
    @DriverKind("kubernetes")
    KubernetesDriver driver;

    void onStart(@Observes StartupSequence.Started started) {
        if ("kubernetes".equals(config.getOptionalValue(DRIVER_KEY, String.class).orElse("local").strip())) {
            driver.connect();
        }
    }
}
