package org.clawmanager.gateway.startup;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.clawmanager.platform.startup.StartupSequence;

/** Runs the application's start-up sequence before this module serves its first request. */
@WebListener
public class StartupListener implements ServletContextListener {

    @Inject
    StartupSequence startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start();
    }
}
