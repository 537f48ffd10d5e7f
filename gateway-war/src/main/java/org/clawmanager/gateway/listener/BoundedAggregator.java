package org.clawmanager.gateway.listener;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import java.util.concurrent.Executor;
import org.clawmanager.gateway.http.V1Routes;

/**
 * Collects a request body up to the gateway's limit; a larger one (declared or while arriving, chunked too) gets the
 * 413 OpenAI envelope at once. The rest of its body is still read and dropped (by the aggregator), so a client that is
 * still uploading sees the answer instead of a broken connection, and a keep-alive connection stays usable.
 */
final class BoundedAggregator extends HttpObjectAggregator {

    private final V1Routes routes;
    private final Executor requests;

    BoundedAggregator(int maxBody, V1Routes routes, Executor requests) {
        super(maxBody);
        this.routes = routes;
        this.requests = requests;
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        if (!(oversized instanceof HttpRequest head)) {
            ctx.close();
            return;
        }
        long start = System.nanoTime();
        var request = new DefaultFullHttpRequest(head.protocolVersion(), head.method(), head.uri());
        request.headers().set(head.headers());
        ChannelExchange x = new ChannelExchange(ctx.channel(), request, DataPlaneHandler.path(head.uri()),
                HttpUtil.isKeepAlive(head), new Flow(null));
        requests.execute(() -> {
            try {
                routes.tooLarge(x, start);
                x.end();
            } catch (Exception e) {
                x.abort();
            } finally {
                request.release();
            }
        });
    }
}
