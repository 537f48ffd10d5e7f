package org.clawmanager.agent;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * The agent's life: register (bootstrap token → session of a new epoch), then heartbeat every interval ±20 %,
 * report state, and long-poll for commands. A 401 means the session is gone: register again. A stale epoch (409)
 * or 403 means another incarnation owns the instance: stop. Network errors back off (capped, jittered).
 */
public class Agent {

    private static final Logger LOG = Logger.getLogger(Agent.class.getName());

    private final AgentConfig config;
    private final ProtocolClient client;
    private final RuntimeProcess runtime;
    private final CommandExecutor executor;
    private final Workspace workspace;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final AtomicBoolean needRegister = new AtomicBoolean(true);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "agent-timers");
        t.setDaemon(true);
        return t;
    });
    private volatile long heartbeatMillis = 15_000;
    private volatile long reportMillis = 5_000;
    private volatile int waitSeconds = 25;
    private volatile long epoch;

    public Agent(AgentConfig config, ProtocolClient client) throws IOException {
        this.config = config;
        this.client = client;
        this.workspace = new Workspace(config.workspace());
        this.runtime = new RuntimeProcess(config.runtimeCommand(), workspace.root());
        this.executor = new CommandExecutor(workspace, runtime);
    }

    /** Runs until a newer incarnation takes over; returns the process exit code. */
    public int run() throws IOException {
        runtime.start();
        Backoff backoff = new Backoff(random);
        long lastSuccess = System.nanoTime();
        while (!stop.get()) {
            if (config.giveUpAfter() != null && System.nanoTime() - lastSuccess > config.giveUpAfter().toNanos()) {
                LOG.warning("no answer from the control plane for " + config.giveUpAfter() + "; exiting");
                break;
            }
            try {
                if (needRegister.get()) {
                    register();
                    backoff.reset();
                }
                pollOnce();
                backoff.reset(); // the control plane answered a protocol request: it is back
                lastSuccess = System.nanoTime();
            } catch (ProtocolException e) {
                if (e.fatal()) {
                    LOG.warning("stopping: " + e.getMessage());
                    stop.set(true);
                } else if (e.reRegister()) {
                    needRegister.set(true);
                    sleep(backoff.next());
                } else {
                    LOG.warning("protocol error: " + e.getMessage());
                    sleep(backoff.next());
                }
            } catch (IOException | RuntimeException e) {
                LOG.warning("control plane unreachable: " + e);
                sleep(backoff.next());
            }
        }
        timers.shutdownNow();
        runtime.stop();
        return 3;
    }

    private void register() throws IOException {
        JsonObject r = client.register(config.instanceId(), config.bootstrapToken(), config.version());
        epoch = r.getJsonNumber("epoch").longValue();
        heartbeatMillis = r.getInt("heartbeatIntervalSeconds", 15) * 1000L;
        reportMillis = Math.max(2, r.getInt("reportIntervalSeconds", 5)) * 1000L;
        waitSeconds = r.getInt("commandWaitSeconds", 25);
        needRegister.set(false);
        LOG.info("registered instance " + config.instanceId() + " as epoch " + epoch);
        long myEpoch = epoch;
        schedule(() -> heartbeat(myEpoch), Backoff.jitter(heartbeatMillis, 0.2, random));
        schedule(() -> report(myEpoch), 0);
    }

    private void heartbeat(long myEpoch) {
        if (stop.get() || myEpoch != epoch) {
            return; // a newer registration runs its own timer
        }
        try {
            client.heartbeat(runtime.status(), workspace.currentConfig());
        } catch (ProtocolException e) {
            handleAsync(e);
        } catch (IOException | RuntimeException e) {
            LOG.fine("heartbeat failed: " + e);
        }
        schedule(() -> heartbeat(myEpoch), Backoff.jitter(heartbeatMillis, 0.2, random));
    }

    private void report(long myEpoch) {
        if (stop.get() || myEpoch != epoch) {
            return;
        }
        try {
            var summary = Json.createObjectBuilder().add("skills", workspace.skills().size())
                    .add("workspace", workspace.root().toString());
            Long pid = runtime.pid();
            if (pid != null) {
                summary.add("pid", pid);
            }
            client.report(Json.createObjectBuilder().add("runtimeStatus", runtime.status())
                    .add("configRevision", workspace.currentConfig()).add("version", config.version())
                    .add("summary", summary).add("systemInfo", SystemInfo.collect(workspace.root()))
                    .add("health", executor.health()).build());
        } catch (ProtocolException e) {
            handleAsync(e);
        } catch (IOException | RuntimeException e) {
            LOG.fine("state report failed: " + e);
        }
        // state changes are rare; after the first report, one every few heartbeats keeps the load low
        schedule(() -> report(myEpoch), Backoff.jitter(Math.max(reportMillis, heartbeatMillis * 2), 0.2, random));
    }

    private void pollOnce() throws IOException {
        Optional<JsonObject> next = client.next(waitSeconds);
        if (next.isEmpty()) {
            return;
        }
        JsonObject c = next.get();
        long id = c.getJsonNumber("id").longValue();
        client.start(id);
        JsonObject payload = c.get("payload") instanceof JsonObject o ? o : null;
        CommandExecutor.Outcome outcome = executor.execute(id, c.getString("type"), payload);
        report(id, outcome);
    }

    /** Delivers an outcome until the control plane has it: a result must survive a control-plane restart. */
    private void report(long id, CommandExecutor.Outcome outcome) throws IOException {
        Backoff backoff = new Backoff(random);
        while (!stop.get()) {
            try {
                client.finish(id, outcome.succeeded(), outcome.result(), outcome.error());
                return;
            } catch (IOException e) {
                if (backoff.failures() >= 8) {
                    throw e; // give up; the command will time out or be redelivered and answered from the record
                }
                sleep(backoff.next());
            }
        }
    }

    private void handleAsync(ProtocolException e) {
        if (e.fatal()) {
            LOG.warning("stopping: " + e.getMessage());
            stop.set(true);
        } else if (e.reRegister()) {
            needRegister.set(true);
        }
    }

    private void schedule(Runnable r, long delayMillis) {
        if (!stop.get()) {
            timers.schedule(r, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
