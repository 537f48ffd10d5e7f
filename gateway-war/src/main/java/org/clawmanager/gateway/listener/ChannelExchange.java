package org.clawmanager.gateway.listener;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.io.OutputStream;
import org.clawmanager.gateway.http.V1Exchange;

/**
 * One request on the data-plane listener, served on a virtual thread. A body written and closed in one go leaves as a
 * single response with {@code Content-Length}; a body that is flushed before it ends (a stream) leaves chunk by chunk,
 * each flush at once. Writes wait while the client reads slower than the upstream sends (the channel's watermarks).
 */
final class ChannelExchange implements V1Exchange {

    private final Channel channel;
    private final FullHttpRequest request;
    private final String path;
    private final boolean keepAlive;
    private final HttpHeaders headers = new DefaultHttpHeaders();
    private final Flow flow;
    private int status;
    private boolean headSent;
    private boolean ended;
    private BodyStream body;

    ChannelExchange(Channel channel, FullHttpRequest request, String path, boolean keepAlive, Flow flow) {
        this.channel = channel;
        this.request = request;
        this.path = path;
        this.keepAlive = keepAlive;
        this.flow = flow;
    }

    @Override
    public String method() {
        return request.method().name();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String header(String name) {
        return request.headers().get(name);
    }

    @Override
    public long contentLength() {
        return request.content().readableBytes();
    }

    /** The aggregator already refused bodies over the limit; this only copies out the bytes. */
    @Override
    public byte[] body(int max) {
        ByteBuf content = request.content();
        return content.readableBytes() > max ? null : ByteBufUtil.getBytes(content);
    }

    @Override
    public boolean committed() {
        return headSent || body != null;
    }

    @Override
    public void header(String name, String value) {
        headers.set(name, value);
    }

    @Override
    public OutputStream start(int status, String contentType) {
        this.status = status;
        headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        body = new BodyStream();
        return body;
    }

    /** Ends the response after the routes returned (a stream's relay flushes but leaves the end to the transport). */
    void end() throws IOException {
        if (body == null) {
            throw new IOException("no response was started");
        }
        body.close();
    }

    /** Drops the connection: the answer can no longer be completed. */
    void abort() {
        channel.close();
    }

    private void sendHead() throws IOException {
        flow.awaitWritable(channel);
        DefaultHttpResponse head = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status),
                headers);
        headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        connectionHeader();
        channel.write(head);
        headSent = true;
    }

    private void connectionHeader() {
        if (!keepAlive) {
            headers.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        }
    }

    /** The response body: buffered until the first flush or the close. */
    private final class BodyStream extends OutputStream {
        // heap, unpooled: a request that dies half-way leaves nothing for the leak detector to find
        private ByteBuf pending = Unpooled.buffer(256);

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (ended) {
                throw new IOException("response already ended");
            }
            if (!channel.isActive()) {
                throw new IOException("client disconnected");
            }
            pending.writeBytes(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (ended) {
                return;
            }
            if (!channel.isActive()) {
                throw new IOException("client disconnected");
            }
            if (!headSent) {
                sendHead();
            }
            if (pending.isReadable()) {
                flow.awaitWritable(channel);
                channel.writeAndFlush(new DefaultHttpContent(pending));
                pending = Unpooled.buffer(256);
            } else {
                channel.flush();
            }
        }

        @Override
        public void close() {
            if (ended) {
                return;
            }
            ended = true;
            if (!headSent) {
                DefaultFullHttpResponse full = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                        HttpResponseStatus.valueOf(status), pending, headers, EmptyHttpHeaders.INSTANCE);
                headers.setInt(HttpHeaderNames.CONTENT_LENGTH, pending.readableBytes());
                connectionHeader();
                flow.finished(channel, channel.writeAndFlush(full), keepAlive);
                return;
            }
            var last = pending.isReadable() ? new DefaultLastHttpContent(pending) : new DefaultLastHttpContent();
            flow.finished(channel, channel.writeAndFlush(last), keepAlive);
        }
    }
}
