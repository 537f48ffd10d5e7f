package org.clawmanager.gateway.boundary;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the gateway writes an answer; implemented by the gateway WAR over the servlet response, so this feature stays
 * free of HTTP types. Headers must be set before {@link #start}. A write that fails means the client went away.
 */
public interface ResponseSink {

    void header(String name, String value);

    /** Commits status, content type and headers; returns the body stream. */
    OutputStream start(int status, String contentType) throws IOException;
}
