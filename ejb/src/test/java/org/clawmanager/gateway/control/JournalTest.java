package org.clawmanager.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path data;

    Journal journal(String sync) {
        Journal j = new Journal();
        j.dataDir = data.toString();
        j.sync = sync;
        j.open();
        return j;
    }

    static List<String> lines(List<Path> segments) throws Exception {
        List<String> all = new ArrayList<>();
        for (Path p : segments) {
            all.addAll(Files.readAllLines(p));
        }
        return all;
    }

    @Test
    void concurrentAppendsWithGroupCommitAreAllOnDiskAsWholeLines() throws Exception {
        Journal j = journal("always");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    j.append("{\"traceId\":\"" + thread + "-" + i + "\"}");
                    if (i == 100 && thread == 0) {
                        try {
                            j.roll(); // a roll in the middle of concurrent syncs loses nothing
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<String> all = lines(j.roll());
        assertThat(all).hasSize(1600).allMatch(l -> l.startsWith("{\"traceId\":\"") && l.endsWith("\"}"));
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void segmentsLeftOpenByACrashAreHandedToTheDrainerOnTheNextStart() throws Exception {
        Journal before = journal("interval");
        before.append("{\"traceId\":\"a\"}");
        // no roll, no close: the process "died" here
        Journal after = journal("interval");
        assertThat(lines(after.roll())).containsExactly("{\"traceId\":\"a\"}");
    }
}
