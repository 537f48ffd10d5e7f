package org.clawmanager.runtimes.control.local;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.clawmanager.runtimes.boundary.Capacity;
import org.clawmanager.runtimes.boundary.DriverKind;
import org.clawmanager.runtimes.boundary.ObservedRuntime;
import org.clawmanager.runtimes.boundary.ObservedRuntime.Phase;
import org.clawmanager.runtimes.boundary.RuntimeDriver;
import org.clawmanager.runtimes.boundary.RuntimeSpec;

/**
 * The embedded default's driver: every instance is a child process running the reference agent in its own
 * directory ({@code <data>/instances/<id>/workspace}). Processes outlive the control plane; after a restart they
 * are re-adopted through their pid file (pid and start time must both match), never started twice. A process that
 * exits while it should run is restarted with backoff, like a kubelet would; after repeated crashes it is reported
 * as {@code CrashLoopBackOff}.
 */
@ApplicationScoped
@DriverKind("local")
public class LocalDriver implements RuntimeDriver {

    private static final Logger LOG = Logger.getLogger(LocalDriver.class.getName());
    private static final int MAX_CRASHES = 5;

    @Inject
    LocalSettings settings;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    java.util.concurrent.ScheduledExecutorService scheduler;

    private final Map<Long, Slot> slots = new ConcurrentHashMap<>();
    private final List<Consumer<ObservedRuntime>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean adopted;

    /** What this replica knows about one instance's process. */
    private static final class Slot {
        RuntimeSpec spec;
        ProcessHandle process;
        long generation;
        int crashes;
        long firstCrashMillis;
        String exitMessage;
    }

    @Override
    public String kind() {
        return "local";
    }

    @Override
    public synchronized void apply(RuntimeSpec spec) {
        adoptOnce();
        Slot slot = slots.computeIfAbsent(spec.instanceId(), id -> new Slot());
        slot.spec = spec;
        boolean alive = slot.process != null && slot.process.isAlive();
        if (!spec.running()) {
            if (alive) {
                stop(slot);
            }
            slot.crashes = 0;
            notify(observe(spec.instanceId(), slot));
            return;
        }
        if (alive && slot.generation >= spec.generation()) {
            return; // already running this generation
        }
        if (alive) {
            stop(slot); // a newer generation (restart, changed spec) replaces the process
        }
        slot.crashes = 0;
        start(slot);
    }

    @Override
    public synchronized void delete(long instanceId) {
        adoptOnce();
        Slot slot = slots.remove(instanceId);
        if (slot != null && slot.process != null) {
            stop(slot);
        }
        LocalProcess.read(settings.pidFile(instanceId)).flatMap(LocalProcess::live).ifPresent(this::kill);
        deleteRecursively(settings.instanceDir(instanceId));
    }

    @Override
    public synchronized Map<Long, ObservedRuntime> observeAll() {
        adoptOnce();
        Map<Long, ObservedRuntime> out = new HashMap<>();
        slots.forEach((id, slot) -> out.put(id, observe(id, slot)));
        return out;
    }

    @Override
    public void onChange(Consumer<ObservedRuntime> listener) {
        listeners.add(listener);
    }

    @Override
    public Capacity capacity() {
        return LocalCapacity.of(slots.values().stream().filter(s -> s.spec != null).map(s -> s.spec).toList(),
                settings.instancesDir());
    }

    private ObservedRuntime observe(long id, Slot slot) {
        boolean alive = slot.process != null && slot.process.isAlive();
        boolean wanted = slot.spec == null || slot.spec.running();
        Phase phase;
        String reason = null;
        String message = null;
        if (alive) {
            phase = Phase.RUNNING;
        } else if (!wanted) {
            phase = Phase.STOPPED;
        } else if (slot.crashes > MAX_CRASHES) {
            phase = Phase.FAILED;
            reason = "CrashLoopBackOff";
            message = "the agent process keeps exiting: " + slot.exitMessage;
        } else if (slot.spec == null) {
            phase = Phase.FAILED; // found on disk after a restart, not running, spec unknown: re-apply needed
            reason = "ProcessExited";
            message = "the agent process is not running";
        } else {
            phase = Phase.PENDING;
            reason = slot.exitMessage == null ? "Starting" : "Restarting";
            message = slot.exitMessage;
        }
        return new ObservedRuntime(id, phase, reason, message, slot.generation, clock.instant());
    }

    private void start(Slot slot) {
        RuntimeSpec spec = slot.spec;
        try {
            ProcessHandle h = settings.launcher().launch(spec);
            slot.process = h;
            slot.generation = spec.generation();
            new LocalProcess(h.pid(), LocalProcess.startMillis(h), spec.generation())
                    .write(settings.pidFile(spec.instanceId()));
            watch(spec.instanceId(), slot, h);
            LOG.info("started agent of instance " + spec.instanceId() + " as pid " + h.pid());
        } catch (IOException e) {
            slot.crashes++;
            slot.exitMessage = "could not start the agent: " + e.getMessage();
            throw new UncheckedIOException(e);
        }
        notify(observe(spec.instanceId(), slot));
    }

    private void watch(long id, Slot slot, ProcessHandle h) {
        h.onExit().thenRun(() -> exited(id, slot, h));
    }

    private synchronized void exited(long id, Slot slot, ProcessHandle h) {
        if (slot.process != h || slots.get(id) != slot) {
            return; // stopped on purpose or replaced
        }
        slot.process = null;
        long now = clock.millis();
        if (now - slot.firstCrashMillis > 300_000) {
            slot.firstCrashMillis = now;
            slot.crashes = 0;
        }
        slot.crashes++;
        slot.exitMessage = "agent process " + h.pid() + " exited";
        notify(observe(id, slot));
        if (slot.spec != null && slot.spec.running() && slot.crashes <= MAX_CRASHES) {
            long delay = Math.min(30, 1L << Math.min(slot.crashes - 1, 5));
            scheduler.schedule(() -> restartIfStillDown(id, slot), delay, TimeUnit.SECONDS);
        }
    }

    private synchronized void restartIfStillDown(long id, Slot slot) {
        if (slots.get(id) == slot && slot.process == null && slot.spec != null && slot.spec.running()) {
            try {
                start(slot);
            } catch (UncheckedIOException e) {
                LOG.warning("restarting the agent of instance " + id + " failed: " + e.getMessage());
            }
        }
    }

    private void stop(Slot slot) {
        ProcessHandle h = slot.process;
        slot.process = null;
        if (h != null) {
            kill(h);
        }
    }

    private void kill(ProcessHandle h) {
        h.descendants().forEach(ProcessHandle::destroy);
        h.destroy();
        try {
            h.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception notYet) {
            h.descendants().forEach(ProcessHandle::destroyForcibly);
            h.destroyForcibly();
        }
    }

    /** After a control-plane restart: takes over the processes that are still alive, remembers the dead ones. */
    private void adoptOnce() {
        if (adopted) {
            return;
        }
        adopted = true;
        Path dir = settings.instancesDir();
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                long id;
                try {
                    id = Long.parseLong(p.getFileName().toString());
                } catch (NumberFormatException e) {
                    return;
                }
                Slot slot = new Slot();
                Optional<LocalProcess> pf = LocalProcess.read(settings.pidFile(id));
                pf.flatMap(LocalProcess::live).ifPresent(h -> {
                    slot.process = h;
                    slot.generation = pf.get().generation();
                    watch(id, slot, h);
                    LOG.info("re-adopted agent of instance " + id + " (pid " + h.pid() + ")");
                });
                if (pf.isPresent()) {
                    slots.put(id, slot);
                }
            });
        } catch (IOException e) {
            LOG.warning("listing " + dir + " failed: " + e.getMessage());
        }
    }

    private void notify(ObservedRuntime observed) {
        listeners.forEach(l -> {
            try {
                l.accept(observed);
            } catch (RuntimeException e) {
                LOG.warning("runtime listener failed: " + e);
            }
        });
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warning("removing " + dir + " failed: " + e.getMessage());
        }
    }
}
