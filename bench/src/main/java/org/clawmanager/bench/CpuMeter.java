package org.clawmanager.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time consumed by a set of processes, from {@code /proc/<pid>/stat} (user + system, in clock ticks of 10 ms):
 * the fair way to compare a gateway with nginx on a shared, noisy machine.
 */
public final class CpuMeter {

    static final double TICK_SECONDS = 0.01;
    private final List<Long> pids;

    public CpuMeter(List<Long> pids) {
        this.pids = List.copyOf(pids);
    }

    /** Total CPU seconds used so far by all the processes (including their threads). */
    public double cpuSeconds() {
        double total = 0;
        for (long pid : pids) {
            total += cpuSecondsOf(pid);
        }
        return total;
    }

    static double cpuSecondsOf(long pid) {
        try {
            return parseStat(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read CPU time of process " + pid, e);
        }
    }

    /** Fields 14 and 15 (utime, stime) of /proc/pid/stat; the command name in field 2 may contain spaces. */
    static double parseStat(String stat) {
        String afterName = stat.substring(stat.lastIndexOf(')') + 2);
        String[] f = afterName.split(" ");
        long utime = Long.parseLong(f[11]);
        long stime = Long.parseLong(f[12]);
        return (utime + stime) * TICK_SECONDS;
    }
}
