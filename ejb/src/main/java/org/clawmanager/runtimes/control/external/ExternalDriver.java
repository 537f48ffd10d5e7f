package org.clawmanager.runtimes.control.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.clawmanager.runtimes.boundary.Capacity;
import org.clawmanager.runtimes.boundary.DriverKind;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.RuntimeDriver;
import org.clawmanager.runtimes.boundary.RuntimeSpec;
import org.eclipse.microprofile.config.Config;

/**
 * "Bring your own runtime": the control plane starts nothing. For every instance it writes the environment an agent
 * needs ({@code <data>/external/<id>.env}, owner-only, {@code KEY=VALUE} lines including the bootstrap token) for
 * whatever launches runtimes elsewhere (VMs, bare metal, the agent simulator of the benchmark). The observed phase
 * simply mirrors the desired power state; liveness comes from the agents' heartbeats.
 */
@ApplicationScoped
@DriverKind("external")
public class ExternalDriver implements RuntimeDriver {

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Override
    public String kind() {
        return "external";
    }

    private Path dir() {
        return Path.of(config.getValue("clawmanager.data.dir", String.class), "external");
    }

    @Override
    public void apply(RuntimeSpec spec) {
        Map<String, String> env = new TreeMap<>(spec.env());
        env.putAll(spec.secrets());
        env.put("CLAWMANAGER_INSTANCE_ID", Long.toString(spec.instanceId()));
        env.put("CLAWMANAGER_RUNTIME_TYPE", spec.type());
        env.put("CLAWMANAGER_DESIRED_RUNNING", Boolean.toString(spec.running()));
        env.put("CLAWMANAGER_GENERATION", Long.toString(spec.generation()));
        StringBuilder text = new StringBuilder();
        env.forEach((k, v) -> text.append(k).append('=').append(v.replace("\n", " ")).append('\n'));
        try {
            Files.createDirectories(dir());
            Path tmp = Files.createTempFile(dir(), "env", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, dir().resolve(spec.instanceId() + ".env"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(long instanceId) {
        try {
            Files.deleteIfExists(dir().resolve(instanceId + ".env"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<Long, ObservedRuntime> observeAll() {
        Map<Long, ObservedRuntime> out = new HashMap<>();
        if (!Files.isDirectory(dir())) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir())) {
            files.filter(p -> p.getFileName().toString().endsWith(".env")).forEach(p -> {
                try {
                    long id = Long.parseLong(p.getFileName().toString().replace(".env", ""));
                    boolean running = Files.readAllLines(p).contains("CLAWMANAGER_DESIRED_RUNNING=true");
                    out.put(id, new ObservedRuntime(id, running ? ObservedRuntime.Phase.RUNNING
                            : ObservedRuntime.Phase.STOPPED, null, null, 0, clock.instant()));
                } catch (IOException | NumberFormatException ignored) {
                    // not one of ours
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public void onChange(Consumer<ObservedRuntime> listener) {
        // nothing changes by itself here
    }

    @Override
    public Capacity capacity() {
        return new Capacity("external", List.of());
    }
}
