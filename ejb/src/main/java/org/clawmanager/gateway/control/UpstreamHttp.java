package org.clawmanager.gateway.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP/1.1 to model providers (Apache HttpClient 5, classic): pooled keep-alive connections, blocking I/O on the
 * request's own (virtual or server) thread. {@code java.net.http} completed every exchange on its selector thread and
 * handed it back, which cost about twice the client CPU per request on the gateway's hot path.
 * <p>
 * The response timeout (the provider's first-token timeout) bounds the wait for the response head and, once a
 * stream runs, each pause between its chunks: a stream that keeps sending is never cut, one that stalls is.
 * Closing a body before its end aborts the exchange (closes the connection), which cancels the upstream call.
 */
@ApplicationScoped
public class UpstreamHttp {

    /** A provider's answer: status, media type and the body to read (and close). */
    public record Answer(int status, String contentType, InputStream body) {
    }

    @Inject
    @ConfigProperty(name = "clawmanager.gateway.upstream.max-connections", defaultValue = "1024")
    int maxConnections;

    /**
     * A pooled connection the provider closed while it sat idle fails before any answer arrives
     * ({@code NoHttpResponseException}, a reset or broken pipe); such a call is sent again at once on another
     * connection, up to twice. Timeouts, refused connections and every HTTP status are left to the gateway's own
     * attempts, backoff and fallbacks ({@link Attempts}).
     */
    private static final HttpRequestRetryStrategy STALE_CONNECTION_RETRY = new DefaultHttpRequestRetryStrategy(2,
            TimeValue.ZERO_MILLISECONDS, List.of(InterruptedIOException.class, UnknownHostException.class,
            ConnectException.class, NoRouteToHostException.class, SSLException.class), List.of()) {
        @Override
        protected boolean handleAsIdempotent(HttpRequest request) {
            return true; // the provider never answered: nothing of the call was served
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }
    };

    private final Map<Duration, CloseableHttpClient> clients = new ConcurrentHashMap<>();

    public Answer post(String provider, URI uri, Map<String, String> headers, byte[] body, Duration connectTimeout,
                       Duration responseTimeout) throws UpstreamException {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        return execute(provider, post, headers, connectTimeout, responseTimeout);
    }

    public Answer get(String provider, URI uri, Map<String, String> headers, Duration connectTimeout,
                      Duration responseTimeout) throws UpstreamException {
        return execute(provider, new HttpGet(uri), headers, connectTimeout, responseTimeout);
    }

    private Answer execute(String provider, HttpUriRequestBase request, Map<String, String> headers,
                           Duration connectTimeout, Duration responseTimeout) throws UpstreamException {
        headers.forEach(request::setHeader);
        request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout)).build());
        ClassicHttpResponse response;
        try {
            response = client(connectTimeout).executeOpen(null, request, null);
        } catch (ConnectTimeoutException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, "connecting to " + provider + " timed out",
                    null);
        } catch (SocketTimeoutException e) {
            throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, provider + " sent no answer in time", null);
        } catch (ConnectException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, provider + " refused the connection", null);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, "interrupted", null);
        } catch (IOException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, provider + " failed: "
                    + e.getClass().getSimpleName(), null);
        }
        Header type = response.getFirstHeader("Content-Type");
        InputStream content;
        try {
            content = response.getEntity() == null ? InputStream.nullInputStream() : response.getEntity().getContent();
        } catch (IOException e) {
            request.cancel();
            closeQuietly(response);
            throw new UpstreamException(UpstreamException.Kind.PROTOCOL, 0, provider + " sent an unreadable answer",
                    null);
        }
        return new Answer(response.getCode(), type == null ? "application/json" : type.getValue(),
                new Body(content, request, response));
    }

    /** One client (and connection pool) per connect timeout; providers with equal timeouts share connections. */
    CloseableHttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, t -> HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(maxConnections * 4).setMaxConnPerRoute(maxConnections)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(t))
                                // a connection idle for a while is checked before reuse (the provider may have closed it)
                                .setValidateAfterInactivity(TimeValue.ofSeconds(1)).build())
                        .build())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .setRetryStrategy(STALE_CONNECTION_RETRY)
                .disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                .disableContentCompression() // streams must not wait behind a decompressor's buffer
                .setUserAgent("clawmanager-gateway")
                .build());
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // aborted on purpose, or the provider already went away
        }
    }

    @PreDestroy
    void close() {
        clients.values().forEach(c -> c.close(CloseMode.IMMEDIATE));
        clients.clear();
    }

    /**
     * The body stream: read to its end, closing it returns the connection to the pool; closed before its end, the
     * exchange is aborted (HttpClient would otherwise read an endless stream to its end to keep the connection).
     */
    private static final class Body extends FilterInputStream {
        private final HttpUriRequestBase request;
        private final ClassicHttpResponse response;
        private boolean eof;

        Body(InputStream in, HttpUriRequestBase request, ClassicHttpResponse response) {
            super(in);
            this.request = request;
            this.response = response;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            eof |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            eof |= n < 0;
            return n;
        }

        @Override
        public void close() {
            if (!eof) {
                request.cancel();
            }
            closeQuietly(response);
        }
    }
}
