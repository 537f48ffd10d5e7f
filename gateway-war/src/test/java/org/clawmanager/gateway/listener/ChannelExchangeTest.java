package org.clawmanager.gateway.listener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How an answer is framed on the data-plane port, on an in-memory channel. */
class ChannelExchangeTest {

    private static ChannelExchange exchange(EmbeddedChannel ch, String body, boolean keepAlive) {
        var req = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/v1/chat/completions?x=1",
                Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        req.headers().set("Authorization", "Bearer k");
        return new ChannelExchange(ch, req, DataPlaneHandler.path(req.uri()), keepAlive, new Flow(null));
    }

    @Test
    void aWholeAnswerLeavesAsOneResponseWithItsLength() throws IOException {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.config().setAutoRead(false);
        ChannelExchange x = exchange(ch, "{\"a\":1}", true);
        assertThat(x.path()).isEqualTo("/chat/completions");
        assertThat(x.header("authorization")).isEqualTo("Bearer k");
        assertThat(x.body(100)).isEqualTo("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        assertThat(x.body(3)).isNull();
        assertThat(x.committed()).isFalse();

        x.header("X-Trace-Id", "t1");
        try (OutputStream out = x.start(200, "application/json")) {
            out.write("{\"ok\":".getBytes(StandardCharsets.UTF_8));
            out.write("true}".getBytes(StandardCharsets.UTF_8));
        }
        x.end();
        FullHttpResponse r = ch.readOutbound();
        assertThat(r.status().code()).isEqualTo(200);
        assertThat(r.headers().get(HttpHeaderNames.CONTENT_LENGTH)).isEqualTo("11");
        assertThat(r.headers().get("X-Trace-Id")).isEqualTo("t1");
        assertThat(r.content().toString(StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
        assertThat((Object) ch.readOutbound()).isNull();
        assertThat(ch.isOpen()).isTrue();
        assertThat(ch.config().isAutoRead()).as("the next request is read").isTrue();
    }

    @Test
    void aFlushedAnswerIsStreamedChunkByChunkAndEndedByTheTransport() throws IOException {
        EmbeddedChannel ch = new EmbeddedChannel();
        ChannelExchange x = exchange(ch, "{}", true);
        OutputStream out = x.start(200, "text/event-stream");
        out.write("data: 1\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        HttpResponse head = ch.readOutbound();
        assertThat(head).isNotInstanceOf(FullHttpResponse.class);
        assertThat(head.headers().get(HttpHeaderNames.TRANSFER_ENCODING)).isEqualTo("chunked");
        HttpContent first = ch.readOutbound();
        assertThat(first.content().toString(StandardCharsets.UTF_8)).isEqualTo("data: 1\n\n");
        assertThat(x.committed()).isTrue();

        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(((HttpContent) ch.readOutbound()).content().toString(StandardCharsets.UTF_8))
                .isEqualTo("data: [DONE]\n\n");
        x.end();
        assertThat((Object) ch.readOutbound()).isInstanceOf(LastHttpContent.class);
        x.end(); // idempotent
        assertThat((Object) ch.readOutbound()).isNull();
    }

    @Test
    void withoutKeepAliveTheConnectionClosesAfterTheAnswer() throws IOException {
        EmbeddedChannel ch = new EmbeddedChannel();
        ChannelExchange x = exchange(ch, "{}", false);
        try (OutputStream out = x.start(404, "application/json")) {
            out.write('x');
        }
        FullHttpResponse r = ch.readOutbound();
        assertThat(r.headers().get(HttpHeaderNames.CONNECTION)).isEqualTo("close");
        ch.runPendingTasks();
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void writingToAClientThatLeftFails() throws IOException {
        EmbeddedChannel ch = new EmbeddedChannel();
        ChannelExchange x = exchange(ch, "{}", true);
        OutputStream out = x.start(200, "text/event-stream");
        ch.close();
        assertThatThrownBy(() -> out.write('x')).isInstanceOf(IOException.class).hasMessageContaining("disconnected");
        assertThatThrownBy(out::flush).isInstanceOf(IOException.class);
    }

    @Test
    void pathsOutsideV1MatchNoRoute() {
        assertThat(DataPlaneHandler.path("/v1/models")).isEqualTo("/models");
        assertThat(DataPlaneHandler.path("/v1/embeddings?a=b")).isEqualTo("/embeddings");
        assertThat(DataPlaneHandler.path("/api/users")).startsWith("!");
        assertThat(DataPlaneHandler.path("/v1")).startsWith("!");
        assertThat(DataPlaneHandler.path("/v10/models")).startsWith("!");
    }
}
