package org.clawmanager.platform.sharedstate;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import redis.clients.jedis.JedisPubSub;

/**
 * {@link EventBus} on Redis pub/sub. One pattern subscription per replica receives every topic of this
 * deployment and hands messages to local listeners; it reconnects with jittered backoff when Redis goes away.
 * Messages published while the connection is down are lost by design (see {@link EventBus}).
 */
public class RedisEventBus implements EventBus, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RedisEventBus.class.getName());
    private static final String CHANNEL = "bus:";

    private final RedisConnection redis;
    private final TopicListeners listeners;
    private final Thread subscriber;
    private volatile boolean running = true;
    private volatile boolean connected;
    private volatile JedisPubSub pubSub;
    private final java.util.concurrent.CountDownLatch firstConnect = new java.util.concurrent.CountDownLatch(1);

    public RedisEventBus(RedisConnection redis, Executor executor, ThreadFactory threads) {
        this.redis = redis;
        this.listeners = new TopicListeners(executor);
        this.subscriber = threads.newThread(this::subscribeLoop);
        this.subscriber.setName("clawmanager-redis-bus");
        this.subscriber.setDaemon(true);
        this.subscriber.start();
        try {
            // report healthy from the first readiness probe on when Redis is there; do not hang when it is not
            firstConnect.await(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void publish(String topic, String message) {
        try {
            redis.client().publish(redis.key(CHANNEL + topic), message);
        } catch (RuntimeException e) {
            // the caller's transaction must not fail because a notification could not be sent
            LOG.log(Level.WARNING, "publish to " + topic + " failed: " + e.getMessage());
        }
    }

    @Override
    public Subscription subscribe(String topic, Consumer<String> listener) {
        return listeners.add(topic, listener);
    }

    @Override
    public boolean healthy() {
        return connected;
    }

    private void subscribeLoop() {
        String pattern = redis.key(CHANNEL) + "*";
        int prefixLength = redis.key(CHANNEL).length();
        long backoffMs = 250;
        while (running) {
            JedisPubSub sub = new JedisPubSub() {
                @Override
                public void onPSubscribe(String p, int count) {
                    connected = true;
                    firstConnect.countDown();
                }

                @Override
                public void onPMessage(String p, String channel, String message) {
                    listeners.deliver(channel.substring(prefixLength), message);
                }
            };
            pubSub = sub;
            try {
                redis.client().psubscribe(sub, pattern);
                backoffMs = 250;
            } catch (RuntimeException e) {
                connected = false;
                if (running) {
                    LOG.log(Level.WARNING, "Redis subscription lost, retrying in " + backoffMs + " ms: " + e.getMessage());
                    sleep(backoffMs + ThreadLocalRandom.current().nextLong(backoffMs / 2 + 1));
                    backoffMs = Math.min(backoffMs * 2, 10_000);
                }
            }
        }
        connected = false;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        JedisPubSub sub = pubSub;
        if (sub != null && sub.isSubscribed()) {
            sub.punsubscribe();
        }
        subscriber.interrupt();
    }
}
