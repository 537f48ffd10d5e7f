package org.clawmanager.runtimes.control.kubernetes;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs tasks one at a time, in submission order, on a shared executor. Status changes reach listeners in the order
 * the driver saw them, on the application server's managed threads (so listeners may use transactions and CDI),
 * and a slow listener never blocks the informers' watch threads.
 */
final class SerialDispatch {

    private static final Logger LOG = Logger.getLogger(SerialDispatch.class.getName());

    private final Executor executor;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SerialDispatch(Executor executor) {
        this.executor = executor;
    }

    void submit(Runnable task) {
        queue.add(task);
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                LOG.log(Level.WARNING, "status listeners could not be scheduled; " + queue.size()
                        + " changes wait for the next one", e);
            }
        }
    }

    private void drain() {
        try {
            Runnable task;
            while ((task = queue.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a runtime status listener failed", e);
                }
            }
        } finally {
            scheduled.set(false);
            if (!queue.isEmpty()) {
                schedule();
            }
        }
    }
}
