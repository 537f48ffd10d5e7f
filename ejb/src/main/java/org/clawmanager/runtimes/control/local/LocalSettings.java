package org.clawmanager.runtimes.control.local;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;

/** Where the local driver keeps instances and how it reaches the control plane ({@code clawmanager.local.*}). */
@ApplicationScoped
public class LocalSettings {

    @Inject
    Config config;

    private volatile AgentLauncher launcher;

    public Path instancesDir() {
        return Path.of(config.getValue("clawmanager.data.dir", String.class), "instances");
    }

    public Path instanceDir(long instanceId) {
        return instancesDir().resolve(Long.toString(instanceId));
    }

    public Path pidFile(long instanceId) {
        return instanceDir(instanceId).resolve("agent.pid");
    }

    /** The URL agents use to reach this control plane; by default this server's own HTTP port on loopback. */
    public String controlPlaneUrl() {
        return config.getOptionalValue("clawmanager.local.control-plane-url", String.class).filter(s -> !s.isBlank())
                .orElseGet(() -> "http://127.0.0.1:"
                        + config.getOptionalValue("clawmanager.http.port", String.class).orElse("9080"));
    }

    AgentLauncher launcher() {
        if (launcher == null) {
            launcher = new AgentLauncher(this,
                    config.getOptionalValue("clawmanager.local.agent-jar", String.class).filter(s -> !s.isBlank()),
                    config.getOptionalValue("clawmanager.local.java", String.class).filter(s -> !s.isBlank()),
                    config.getOptionalValue("clawmanager.local.agent-jvm-options", String.class)
                            .orElse("-Xmx48m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1"),
                    config.getOptionalValue("clawmanager.local.runtime-command", String.class).orElse(""));
        }
        return launcher;
    }
}
