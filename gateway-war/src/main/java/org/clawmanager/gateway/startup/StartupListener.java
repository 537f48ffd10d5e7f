package org.clawmanager.gateway.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.clawmanager.gateway.listener.DataPlaneListener;
import org.clawmanager.platform.startup.StartupSequence;

/**
 * Runs the application's start-up sequence before this module serves its first request, then opens the gateway's
 * data-plane port; closes the port when the application stops.
 */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    StartupSequence startup;

    @Inject
    DataPlaneListener dataPlane;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
        dataPlane.start();
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        dataPlane.stop();
    }
}
