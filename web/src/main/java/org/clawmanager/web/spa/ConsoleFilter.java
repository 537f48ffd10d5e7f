package org.clawmanager.web.spa;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the single-page console: browser navigations to client-side routes (/users, /audit, ...) get index.html;
 * API calls and real files pass through. Adds security headers to every console response.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true) // long polls and SSE under /api are asynchronous
public class ConsoleFilter extends HttpFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.equals("/api");
        if (!api) {
            response.setHeader("Content-Security-Policy", CSP);
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (!api && "GET".equals(request.getMethod()) && isClientRoute(path)
                && request.getServletContext().getResource(path) == null) {
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        if (path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable"); // file names carry a hash
        }
        chain.doFilter(request, response);
    }

    /** Paths without a file extension are console routes. */
    static boolean isClientRoute(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }
}
