package org.clawmanager.runtimes.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.clawmanager.runtimes.boundary.DriverKind;
import org.clawmanager.runtimes.boundary.RuntimeDriver;
import org.eclipse.microprofile.config.Config;

/** Produces the unqualified {@link RuntimeDriver}: the one {@code clawmanager.runtime.driver} names (local by default). */
@ApplicationScoped
public class SelectedDriver {

    @Inject
    Config config;

    @Produces
    RuntimeDriver selected(@Any Instance<RuntimeDriver> drivers) {
        String kind = config.getOptionalValue("clawmanager.runtime.driver", String.class).orElse("local").strip();
        Instance<RuntimeDriver> chosen = drivers.select(new DriverKind.Literal(kind));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("clawmanager.runtime.driver=" + kind + " names no driver (local, kubernetes)");
        }
        return chosen.get();
    }
}
