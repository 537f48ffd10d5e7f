package org.clawmanager.gateway.http;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The OpenAI-compatible endpoints on Liberty's HTTP port, as a plain servlet: the hot path skips JAX-RS matching,
 * entity providers and filters, and streams go straight to the servlet output. The default mapping "/" answers every
 * other path with a 404 envelope. Authentication is the gateway key, checked by the boundary; no container security
 * applies here. The data-plane listener serves the same routes on its own port.
 */
@WebServlet(urlPatterns = {"/chat/completions", "/embeddings", "/messages", "/models", "/"})
public class GatewayServlet extends HttpServlet {

    @Inject
    V1Routes routes;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        routes.serve(new ServletExchange(req, resp), System.nanoTime());
    }

    /** The servlet request and response as a {@link V1Exchange}. */
    static final class ServletExchange implements V1Exchange {
        private final HttpServletRequest req;
        private final HttpServletResponse resp;

        ServletExchange(HttpServletRequest req, HttpServletResponse resp) {
            this.req = req;
            this.resp = resp;
        }

        @Override
        public String method() {
            return req.getMethod();
        }

        @Override
        public String path() {
            return req.getServletPath();
        }

        @Override
        public String header(String name) {
            return req.getHeader(name);
        }

        @Override
        public long contentLength() {
            return req.getContentLengthLong();
        }

        /** Read with the limit enforced while reading, so chunked bodies cannot outgrow it either. */
        @Override
        public byte[] body(int max) throws IOException {
            try (InputStream in = req.getInputStream()) {
                byte[] b = in.readNBytes(max + 1);
                return b.length > max ? null : b;
            }
        }

        @Override
        public boolean committed() {
            return resp.isCommitted();
        }

        @Override
        public void header(String name, String value) {
            resp.setHeader(name, value);
        }

        @Override
        public OutputStream start(int status, String contentType) throws IOException {
            resp.setStatus(status);
            resp.setContentType(contentType);
            return resp.getOutputStream();
        }
    }
}
