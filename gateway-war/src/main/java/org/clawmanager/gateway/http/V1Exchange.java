package org.clawmanager.gateway.http;

import java.io.IOException;
import org.clawmanager.gateway.boundary.ResponseSink;

/**
 * One {@code /v1} request as the transports see it (the servlet on Liberty's port and the data-plane listener), so the
 * routing, checks and error envelopes in {@link V1Routes} exist once.
 */
public interface V1Exchange extends ResponseSink {

    String method();

    /** The path below {@code /v1}, e.g. {@code /chat/completions}. */
    String path();

    /** A request header (case-insensitive name), or null. */
    String header(String name);

    /** The declared body length, or -1 when unknown (chunked). */
    long contentLength();

    /** The whole body, or null when it is larger than {@code max} bytes. */
    byte[] body(int max) throws IOException;

    /** Whether the status line has been sent (an error can then no longer be answered). */
    boolean committed();
}
