package org.clawmanager.gateway.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.platform.startup.StartupSequence;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drains closed journal segments into the database in batches, then deletes them. A segment is deleted only after
 * its records committed; a crash in between replays it (records are keyed by trace id, so nothing is stored twice).
 * A torn last line (the process died mid-write, so its response was never completed) is skipped.
 */
@ApplicationScoped
public class JournalDrainer {

    private static final Logger LOG = Logger.getLogger(JournalDrainer.class.getName());
    private static final int BATCH = 500;

    @Inject
    Journal journal;

    @Inject
    RecordStore store;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.journal.drain-ms", defaultValue = "1000")
    long drainMillis;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.content.retention", defaultValue = "P7D")
    Duration retention;

    private ScheduledFuture<?> task;
    private long lastPurge;
    private final Set<Path> attempted = new HashSet<>();

    void start(@Observes StartupSequence.Started started) {
        task = scheduler.scheduleWithFixedDelay(this::drainQuietly, 0, drainMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void drainQuietly() {
        try {
            drain();
            if (System.currentTimeMillis() - lastPurge > 3_600_000) {
                lastPurge = System.currentTimeMillis();
                store.purgeContent(Instant.now().minus(retention));
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "draining the gateway journal failed; will retry", e);
        }
    }

    /** Moves every closed segment into the database; returns the number of records stored. */
    public synchronized int drain() throws IOException {
        int stored = 0;
        for (Path segment : journal.roll()) {
            // a segment this run sealed and never tried before cannot be in the database yet: no look-up needed
            boolean replay = !journal.sealedThisRun(segment) || !attempted.add(segment);
            List<JournalRecords.Line> batch = new ArrayList<>(BATCH);
            try (BufferedReader in = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        batch.add(JournalRecords.parse(line));
                    } catch (RuntimeException e) {
                        LOG.warning("skipping a torn gateway journal line in " + segment.getFileName());
                        continue;
                    }
                    if (batch.size() == BATCH) {
                        stored += store.store(batch, replay);
                        batch.clear();
                    }
                }
            }
            if (!batch.isEmpty()) {
                stored += store.store(batch, replay);
            }
            Files.delete(segment);
            attempted.remove(segment);
            journal.forget(segment);
        }
        return stored;
    }
}
