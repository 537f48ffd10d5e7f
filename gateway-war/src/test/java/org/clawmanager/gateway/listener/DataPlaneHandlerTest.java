package org.clawmanager.gateway.listener;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connection handling of the data-plane listener on an in-memory channel (requests are queued, not served). */
class DataPlaneHandlerTest {

    private final List<Runnable> queued = new ArrayList<>();

    private EmbeddedChannel channel() {
        return new EmbeddedChannel(new DataPlaneHandler(null, queued::add, getClass().getClassLoader()));
    }

    @Test
    void anIdleConnectionWithoutARequestIsClosed() {
        EmbeddedChannel ch = channel();
        ch.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void aConnectionWhoseRequestIsBeingServedStaysOpenAndPausesReading() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/v1/models"));
        assertThat(queued).as("the request went to its own thread").hasSize(1);
        assertThat(ch.config().isAutoRead()).as("no next request is read meanwhile").isFalse();
        ch.pipeline().fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
        assertThat(ch.isOpen()).as("a long stream is not an idle connection").isTrue();
    }
}
