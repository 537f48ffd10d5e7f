package org.clawmanager.gateway.listener;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clawmanager.gateway.http.V1Routes;

/**
 * Hands each complete request to a virtual thread that runs the gateway's (blocking) pipeline, and pauses reading the
 * connection until the answer has been written. Paths outside {@code /v1} are unknown here: this port is the data plane.
 */
final class DataPlaneHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = Logger.getLogger(DataPlaneHandler.class.getName());
    private static final int MAX_PIPELINED = 16;

    private final V1Routes routes;
    private final Executor requests;
    private final ClassLoader application;

    private final Flow flow = new Flow(this::next);
    /** Requests that arrived while one was being served (pipelining); touched on the event loop only. */
    private final ArrayDeque<FullHttpRequest> pipelined = new ArrayDeque<>();
    private ChannelHandlerContext ctx;

    DataPlaneHandler(V1Routes routes, Executor requests, ClassLoader application) {
        super(false);
        this.routes = routes;
        this.requests = requests;
        this.application = application;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /**
     * One request at a time per connection: reading pauses while a request is served, and requests the decoder had
     * already read (pipelined in the same packets) wait here, so answers leave in the order the requests came.
     */
    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        ctx.channel().config().setAutoRead(false);
        if (flow.serving()) {
            if (pipelined.size() == MAX_PIPELINED) {
                request.release();
                ctx.close();
                return;
            }
            pipelined.add(request);
            return;
        }
        dispatch(ctx, request);
    }

    /** After an answer on a kept-alive connection: the next waiting request, or read more. */
    private void next() {
        FullHttpRequest waiting = pipelined.poll();
        if (waiting != null) {
            dispatch(ctx, waiting);
        } else {
            ctx.channel().config().setAutoRead(true);
            ctx.read();
        }
    }

    private void dispatch(ChannelHandlerContext ctx, FullHttpRequest request) {
        long start = System.nanoTime();
        flow.begin();
        boolean keepAlive = HttpUtil.isKeepAlive(request) && request.decoderResult().isSuccess();
        ChannelExchange x = new ChannelExchange(ctx.channel(), request, path(request.uri()), keepAlive, flow);
        requests.execute(() -> serve(x, request, start));
    }

    private void serve(ChannelExchange x, FullHttpRequest request, long start) {
        Thread.currentThread().setContextClassLoader(application);
        try {
            if (request.decoderResult().isFailure()) {
                V1Routes.malformed(x, start);
            } else {
                routes.serve(x, start);
            }
            x.end();
        } catch (Exception | Error e) {
            if (!(e instanceof java.io.IOException)) {
                LOG.log(Level.WARNING, "data-plane request failed", e);
            }
            try {
                V1Routes.internal(x, start);
                x.end();
            } catch (Exception ignored) {
                x.abort();
            }
        } finally {
            request.release();
        }
    }

    /** {@code /v1/chat/completions?x=y} → {@code /chat/completions}; anything else keeps a prefix that matches nothing. */
    static String path(String uri) {
        int q = uri.indexOf('?');
        String p = q < 0 ? uri : uri.substring(0, q);
        return p.startsWith("/v1/") ? p.substring(3) : "!" + p;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        flow.changed();
        ctx.fireChannelWritabilityChanged();
    }

    /**
     * Closes a connection that sent nothing for the idle timeout while no request of it was being served: idle
     * keep-alive connections and clients that never finish their request (slow headers) do not hold sockets forever.
     * A long stream is not idle: its request is being served.
     */
    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            if (!flow.serving()) {
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        pipelined.forEach(FullHttpRequest::release);
        pipelined.clear();
        flow.changed();
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a reset connection is the client's business; anything else is closed without an answer
        ctx.close();
    }
}
