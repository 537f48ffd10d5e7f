package org.clawmanager.platform.sharedstate;

import java.net.URI;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * The pooled Jedis client for one Redis, plus the key prefix every key of this deployment carries (so a Redis
 * shared with other systems, or with a test run, stays apart). URL form: {@code redis://[:password@]host:port/db}
 * or {@code rediss://} for TLS.
 */
public final class RedisConnection implements AutoCloseable {

    private final RedisClient client;
    private final String prefix;

    public RedisConnection(String url, String prefix, int maxConnections) {
        URI uri = URI.create(url);
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(maxConnections);
        pool.setMaxIdle(maxConnections);
        pool.setMinIdle(2);
        pool.setTestWhileIdle(true);
        JedisClientConfig config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(2000).socketTimeoutMillis(2000)
                .database(database(uri)).password(password(uri)).ssl("rediss".equals(uri.getScheme()))
                .clientName("clawmanager").build();
        this.client = (RedisClient) RedisClient.builder()
                .hostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())
                .clientConfig(config).poolConfig(pool).build();
        this.prefix = prefix;
    }

    static int database(URI uri) {
        String path = uri.getPath();
        return path == null || path.length() <= 1 ? 0 : Integer.parseInt(path.substring(1));
    }

    static String password(URI uri) {
        String info = uri.getUserInfo();
        if (info == null || info.isEmpty()) {
            return null;
        }
        int colon = info.indexOf(':');
        return colon < 0 ? info : info.substring(colon + 1);
    }

    public RedisClient client() {
        return client;
    }

    public String key(String name) {
        return prefix + name;
    }

    public String prefix() {
        return prefix;
    }

    public boolean ping() {
        try {
            return "PONG".equals(client.ping());
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
