package org.clawmanager.runtimes.control.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The pid file of one instance's agent process: {@code pid startMillis generation}. A process is re-adopted after
 * a control-plane restart only when a live process has that pid <em>and</em> the same start time, so a recycled
 * pid never makes us adopt (or kill) a stranger.
 */
record LocalProcess(long pid, long startMillis, long generation) {

    static Optional<LocalProcess> read(Path pidFile) {
        try {
            String[] p = Files.readString(pidFile, StandardCharsets.US_ASCII).trim().split("\\s+");
            return Optional.of(new LocalProcess(Long.parseLong(p[0]), Long.parseLong(p[1]), Long.parseLong(p[2])));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(Path pidFile) throws IOException {
        Path tmp = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
        Files.writeString(tmp, pid + " " + startMillis + " " + generation + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, pidFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static long startMillis(ProcessHandle h) {
        return h.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }

    /** The live process this file describes, if it is still the same process. */
    Optional<ProcessHandle> live() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> Math.abs(startMillis(h) - startMillis) < 1000);
    }
}
