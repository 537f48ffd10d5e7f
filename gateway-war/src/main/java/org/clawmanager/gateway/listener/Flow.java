package org.clawmanager.gateway.listener;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A connection's turn-taking: one request at a time (reading pauses while a request is served, so pipelined requests
 * are answered in order), and writes that wait while the client is slower than the upstream.
 */
final class Flow {

    private static final long WAIT_SLICE_MS = 200;

    // a lock rather than a monitor: waiting on a monitor pins the virtual thread's carrier before JDK 24
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition signal = lock.newCondition();

    private volatile boolean serving;
    private final Runnable resume;

    /** @param resume what to do on the event loop once an answer is out on a kept-alive connection */
    Flow(Runnable resume) {
        this.resume = resume;
    }

    /** A request was read and handed to its thread: reading pauses until its answer is written. */
    void begin() {
        serving = true;
    }

    /** Whether a request of this connection is being served (an idle connection is one that is not). */
    boolean serving() {
        return serving;
    }

    /** Called by the listener on the event loop when the channel's writability or activity changed. */
    void changed() {
        lock.lock();
        try {
            signal.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits (on the request's virtual thread) until the channel takes more bytes; fails when the client left. */
    void awaitWritable(Channel channel) throws IOException {
        if (channel.isWritable()) {
            return;
        }
        lock.lock();
        try {
            while (channel.isActive() && !channel.isWritable()) {
                signal.await(WAIT_SLICE_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the client was not reading");
        } finally {
            lock.unlock();
        }
        if (!channel.isActive()) {
            throw new IOException("client disconnected");
        }
    }

    /** The response's last write was queued: close the connection, or read the next request. */
    void finished(Channel channel, ChannelFuture lastWrite, boolean keepAlive) {
        if (!keepAlive) {
            lastWrite.addListener(ChannelFutureListener.CLOSE);
            return;
        }
        lastWrite.addListener(f -> {
            serving = false; // on the event loop, once the answer is written: the next request may go
            if (!f.isSuccess()) {
                channel.close();
            } else if (resume != null) {
                resume.run();
            } else {
                channel.config().setAutoRead(true);
                channel.read();
            }
        });
    }
}
