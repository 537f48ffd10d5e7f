package org.clawmanager.gateway.control;

import java.io.IOException;
import java.io.InputStream;

/** A successful upstream answer whose body is still to be read (streamed or whole). Closing it cancels the call. */
public record UpstreamResponse(InputStream body, String contentType) implements AutoCloseable {

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // closing an abandoned stream: nothing left to do
        }
    }
}
