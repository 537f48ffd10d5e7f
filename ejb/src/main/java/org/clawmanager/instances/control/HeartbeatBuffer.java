package org.clawmanager.instances.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Heartbeats of this replica not yet written to the database, newest per instance. A flush every few seconds
 * writes them as one batched UPDATE, so thousands of heartbeats per second cost a handful of statements. Reads
 * of liveness consult the buffer first, so a heartbeat counts the moment it arrives.
 */
@ApplicationScoped
public class HeartbeatBuffer {

    public record Beat(long instanceId, long epoch, Instant at) {
    }

    private final ConcurrentHashMap<Long, Beat> pending = new ConcurrentHashMap<>();

    public void record(long instanceId, long epoch, Instant at) {
        pending.merge(instanceId, new Beat(instanceId, epoch, at),
                (old, neu) -> neu.epoch() > old.epoch() || neu.at().isAfter(old.at()) ? neu : old);
    }

    /** The newest unflushed heartbeat of the instance, if any. */
    public Instant latest(long instanceId) {
        Beat b = pending.get(instanceId);
        return b == null ? null : b.at();
    }

    /** Takes up to {@code max} beats out of the buffer for writing. */
    public List<Beat> drain(int max) {
        List<Beat> out = new ArrayList<>(Math.min(max, pending.size()));
        for (Long id : pending.keySet()) {
            if (out.size() >= max) {
                break;
            }
            Beat b = pending.remove(id);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    /** Puts beats back after a failed write, unless newer ones arrived meanwhile. */
    public void restore(List<Beat> beats) {
        beats.forEach(b -> pending.merge(b.instanceId(), b, (current, old) -> current));
    }

    public int size() {
        return pending.size();
    }
}
