package org.clawmanager.gateway.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's local write-ahead journal of audit records: one JSON line per request, written before the last byte
 * of the response leaves, so a record of every answered request is on disk even if the process is killed (SIGKILL
 * cannot lose bytes already handed to the kernel). {@code sync=always} additionally forces each record to the device
 * before the response completes (surviving a power loss; group-committed, so concurrent requests share one fsync).
 * The drainer rolls the journal into segments and moves them into the database; segments left over from a crash are
 * replayed at start.
 */
@ApplicationScoped
public class Journal {

    @Inject
    @ConfigProperty(name = "clawmanager.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.journal.sync", defaultValue = "interval")
    String sync;

    private Path dir;
    private FileChannel channel;
    private Path currentPath;
    private long written;
    private long sequence;
    private long appended;
    private final Object syncLock = new Object();
    private final java.util.Set<Path> sealed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private long synced;

    @PostConstruct
    void open() {
        try {
            dir = Path.of(dataDir, "gateway-journal");
            Files.createDirectories(dir);
            openSegment();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gateway journal in " + dir, e);
        }
    }

    public void append(String jsonLine) {
        byte[] bytes = (jsonLine + "\n").getBytes(StandardCharsets.UTF_8);
        long mine;
        synchronized (this) {
            try {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    channel.write(buf);
                }
                written += bytes.length;
                mine = ++appended;
            } catch (IOException e) {
                throw new UncheckedIOException("gateway journal write failed", e);
            }
        }
        if ("always".equals(sync)) {
            syncUpTo(mine);
        }
    }

    /**
     * Group commit: one thread forces the file for everyone who appended before it started; the others wait on the
     * same lock and usually find their record already forced, so n concurrent requests cost about one fsync, not n.
     */
    private void syncUpTo(long record) {
        synchronized (syncLock) {
            if (synced >= record) {
                return;
            }
            long target;
            FileChannel current;
            synchronized (this) {
                target = appended;
                current = channel;
            }
            try {
                current.force(false);
            } catch (java.nio.channels.ClosedChannelException rolled) {
                // roll() forced the segment before closing it: everything appended to it is on the device
            } catch (IOException e) {
                throw new UncheckedIOException("gateway journal sync failed", e);
            }
            synced = target;
        }
    }

    /** Closes the current segment (if it holds anything) and starts a new one; returns every closed segment. */
    public List<Path> roll() throws IOException {
        synchronized (this) {
            if (written > 0) {
                channel.force(false);
                channel.close();
                Path closed = currentPath;
                Path log = closed.resolveSibling(closed.getFileName().toString().replace(".open", ".log"));
                Files.move(closed, log);
                sealed.add(log);
                openSegment();
            } else {
                channel.force(false);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
        }
    }

    /** Segments still open from a previous run (crash): closed so the drainer takes them. */
    private void openSegment() throws IOException {
        if (channel == null) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path stale : files.filter(p -> p.getFileName().toString().endsWith(".open")).toList()) {
                    Files.move(stale, stale.resolveSibling(stale.getFileName().toString().replace(".open", ".log")));
                }
            }
        }
        currentPath = dir.resolve(String.format("segment-%d-%06d.open", System.currentTimeMillis(), sequence++));
        channel = FileChannel.open(currentPath, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        written = 0;
    }

    /** Whether this run sealed the segment (as opposed to finding it from an earlier run, e.g. after a crash). */
    public boolean sealedThisRun(Path segment) {
        return sealed.contains(segment);
    }

    /** The drainer stored and deleted the segment. */
    public void forget(Path segment) {
        sealed.remove(segment);
    }

    public Path directory() {
        return dir;
    }
}
