package org.clawmanager.gateway.listener;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.clawmanager.gateway.http.V1Routes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's data-plane port: the {@code /v1} routes on a Netty listener of their own, next to the same routes on
 * Liberty's port. Each request runs on a virtual thread; the listener adds no container layers (web container,
 * security collaborators, request metrics) to the hot path, which is what an agent fleet's model traffic pays for.
 * See ADR 0009. Port -1 turns it off.
 */
@ApplicationScoped
public class DataPlaneListener {

    private static final Logger LOG = Logger.getLogger(DataPlaneListener.class.getName());

    @Inject
    V1Routes routes;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.listener.port", defaultValue = "9081")
    int port;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.listener.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.listener.io-threads", defaultValue = "1")
    int ioThreads;

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.listener.idle-timeout-seconds", defaultValue = "60")
    int idleSeconds;

    private EventLoopGroup boss;
    private EventLoopGroup io;
    private ExecutorService requests;
    private Channel server;

    /** Binds the port; a port that cannot be bound is logged and leaves {@code /v1} on Liberty's port only. */
    public synchronized void start() {
        if (port < 0 || server != null) {
            return;
        }
        ClassLoader application = Thread.currentThread().getContextClassLoader();
        requests = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("gateway-request-", 0).factory());
        boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("gateway-accept", true),
                NioIoHandler.newFactory());
        io = new MultiThreadIoEventLoopGroup(ioThreads > 0 ? ioThreads : Runtime.getRuntime().availableProcessors(),
                new DefaultThreadFactory("gateway-io", true), NioIoHandler.newFactory());
        int maxBody = routes.maxBody();
        ServerBootstrap b = new ServerBootstrap().group(boss, io).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new IdleStateHandler(idleSeconds, 0, 0, TimeUnit.SECONDS),
                                new HttpServerCodec(),
                                new BoundedAggregator(maxBody, routes, requests),
                                new DataPlaneHandler(routes, requests, application));
                    }
                });
        try {
            String bindHost = "*".equals(host) ? "0.0.0.0" : host;
            server = b.bind(new InetSocketAddress(bindHost, port)).sync().channel();
            LOG.info(() -> "gateway data-plane listener on http://" + bindHost + ":" + port + "/v1");
        } catch (Exception e) {
            LOG.severe("gateway data-plane listener could not bind " + host + ":" + port + " (" + e.getMessage()
                    + "); /v1 stays available on the HTTP port");
            stop();
        }
    }

    public synchronized void stop() {
        if (server != null) {
            server.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
            server = null;
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            io.shutdownGracefully(0, 2, TimeUnit.SECONDS);
            boss = null;
            io = null;
        }
        if (requests != null) {
            requests.shutdown();
            requests = null;
        }
    }

    /** Whether the configuration asks for the listener (port -1 turns it off). */
    public boolean enabled() {
        return port >= 0;
    }

    /** The bound port (for tests and logs), or -1 when the listener is off. */
    public synchronized int boundPort() {
        return server == null ? -1 : ((InetSocketAddress) server.localAddress()).getPort();
    }
}
