package org.clawmanager.agent;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The runtime the agent supervises (OpenClaw, Hermes, or whatever {@code CLAWMANAGER_RUNTIME_COMMAND} says, run with
 * {@code sh -c} in the workspace). Without a command the agent itself is the runtime and reports {@code running}.
 */
public class RuntimeProcess {

    private final String command;
    private final Path workspace;
    private Process process;
    private boolean stopped;
    private Integer lastExit;

    public RuntimeProcess(String command, Path workspace) {
        this.command = command == null ? "" : command.trim();
        this.workspace = workspace;
    }

    public synchronized void start() throws IOException {
        stopped = false;
        if (command.isEmpty() || (process != null && process.isAlive())) {
            return;
        }
        process = new ProcessBuilder(List.of("sh", "-c", command)).directory(workspace.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workspace.resolve("runtime.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    public synchronized void stop() {
        stopped = true;
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                lastExit = process.exitValue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IllegalThreadStateException ignored) {
                lastExit = null;
            }
        }
    }

    public synchronized void restart() throws IOException {
        stop();
        start();
    }

    /** {@code running}, {@code stopped}, or {@code exited} (crashed without being asked to stop). */
    public synchronized String status() {
        if (stopped) {
            return "stopped";
        }
        if (command.isEmpty()) {
            return "running";
        }
        if (process != null && process.isAlive()) {
            return "running";
        }
        if (process != null) {
            lastExit = process.exitValue();
            return "exited";
        }
        return "stopped";
    }

    public synchronized Long pid() {
        return process != null && process.isAlive() ? process.pid() : null;
    }

    public synchronized Integer lastExit() {
        return lastExit;
    }
}
