package org.clawmanager.identity.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.clawmanager.identity.boundary.AdminBootstrap;
import org.clawmanager.platform.startup.StartupSequence;

/** Creates the signing key and first admin as soon as the schema is ready. */
@ApplicationScoped
public class BootstrapTrigger {

    @EJB
    AdminBootstrap bootstrap;

    void onStarted(@Observes StartupSequence.Started started) {
        bootstrap.bootstrap();
    }
}
