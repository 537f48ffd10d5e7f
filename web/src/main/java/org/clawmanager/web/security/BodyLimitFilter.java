package org.clawmanager.web.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.clawmanager.web.problem.PayloadTooLargeException;
import org.clawmanager.web.problem.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rejects bodies over the limit with 413 before they are parsed: at once when Content-Length says so, otherwise
 * while streaming (chunked uploads cannot sneak past). Imports get a larger limit than ordinary JSON.
 */
@Provider
@PreMatching
@Priority(200)
public class BodyLimitFilter implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "clawmanager.http.max-body-bytes", defaultValue = "1048576")
    long maxBody;

    @Inject
    @ConfigProperty(name = "clawmanager.http.max-import-bytes", defaultValue = "2097152")
    long maxImport;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        long limit = request.getUriInfo().getPath().endsWith("/import") ? maxImport : maxBody;
        if (request.getLength() > limit) {
            request.abortWith(ProblemResponses.build(413, "payload-too-large",
                    "the request body exceeds the limit of " + limit + " bytes",
                    RequestIdFilter.requestId(servletRequest), null));
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    /** Counts bytes as they are read and fails past the limit. */
    static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private long count;

        LimitedInputStream(java.io.InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws java.io.IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws PayloadTooLargeException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
