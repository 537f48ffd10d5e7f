package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenAI-compatible upstreams (OpenAI, Azure OpenAI, vLLM, Ollama, ...) over HTTP/1.1 keep-alive. The request timeout
 * covers only the wait for the response headers (the first token of a stream), so long streams are never cut.
 */
@ApplicationScoped
public class OpenAiUpstream implements Upstream {

    private static final int MAX_ERROR_BODY = 8192;
    private static final Map<String, URI> URIS = new ConcurrentHashMap<>();
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

    /**
     * One client per connect timeout. Its completions run on the client's selector thread instead of hopping to a
     * cached thread pool: every dependent step is short and non-blocking (the body is an {@link InputStream} the
     * request thread reads), and the hand-off cost a thread wake-up per response on the hot path.
     */
    public HttpClient client(Duration connectTimeout) {
        return clients.computeIfAbsent(connectTimeout, t -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(t).followRedirects(HttpClient.Redirect.NEVER).executor(Runnable::run).build());
    }

    @Override
    public UpstreamResponse send(Route route, Call call, JsonObject body, boolean stream) throws UpstreamException {
        ProviderConf p = route.provider();
        JsonObject out = Jsons.JSON.createObjectBuilder(body).add("model", route.upstreamModel()).build();
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri(p, route, call == Call.CHAT ? "chat/completions" : "embeddings"))
                .timeout(p.firstTokenTimeout()).header("Content-Type", "application/json")
                .header("Accept", stream ? "text/event-stream" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(out.toString()));
        authorize(rb, p);
        HttpResponse<InputStream> r = exchange(p, rb.build());
        String type = r.headers().firstValue("Content-Type").orElse("application/json");
        if (r.statusCode() / 100 != 2) {
            String err = readBounded(r.body());
            throw new UpstreamException(UpstreamException.Kind.STATUS, r.statusCode(),
                    "upstream " + p.name() + " answered " + r.statusCode(), err);
        }
        return new UpstreamResponse(r.body(), type);
    }

    /** GET {@code /models} of the provider (discovery). */
    public String listModels(ProviderConf p) throws UpstreamException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(p.azure() ? URI.create(trim(p.baseUrl())
                        + "/openai/models?api-version=" + URLEncoder.encode(p.apiVersion(), StandardCharsets.UTF_8))
                        : URI.create(trim(p.baseUrl()) + "/models"))
                .timeout(Duration.ofSeconds(15)).GET();
        authorize(rb, p);
        HttpResponse<InputStream> r = exchange(p, rb.build());
        String text = readBounded(r.body(), 4 * 1024 * 1024);
        if (r.statusCode() / 100 != 2) {
            throw new UpstreamException(UpstreamException.Kind.STATUS, r.statusCode(),
                    "upstream " + p.name() + " answered " + r.statusCode(), text);
        }
        return text;
    }

    private HttpResponse<InputStream> exchange(ProviderConf p, HttpRequest request) throws UpstreamException {
        try {
            return client(p.connectTimeout()).send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, "connecting to " + p.name() + " timed out", null);
        } catch (HttpTimeoutException e) {
            throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, p.name() + " sent no answer in time", null);
        } catch (ConnectException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, p.name() + " refused the connection", null);
        } catch (IOException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, p.name() + " failed: " + e.getClass()
                    .getSimpleName(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, "interrupted", null);
        }
    }

    private static void authorize(HttpRequest.Builder rb, ProviderConf p) {
        if (p.apiKey() == null || p.apiKey().isBlank()) {
            return;
        }
        if (p.azure()) {
            rb.header("api-key", p.apiKey());
        } else {
            rb.header("Authorization", "Bearer " + p.apiKey());
        }
    }

    /** The endpoint URI, parsed once per distinct text (parsing a URI per request showed on the hot path). */
    static URI uri(ProviderConf p, Route route, String path) {
        String key = p.azure() ? p.baseUrl() + '|' + p.settings().getOrDefault("deployment", route.upstreamModel())
                + '|' + p.apiVersion() + '|' + path : p.baseUrl() + '|' + path;
        URI cached = URIS.get(key);
        if (cached == null) {
            if (URIS.size() > 1024) {
                URIS.clear();
            }
            cached = build(p, route, path);
            URIS.put(key, cached);
        }
        return cached;
    }

    private static URI build(ProviderConf p, Route route, String path) {
        String base = trim(p.baseUrl());
        if (p.azure()) {
            String deployment = p.settings().getOrDefault("deployment", route.upstreamModel());
            return URI.create(base + "/openai/deployments/" + URLEncoder.encode(deployment, StandardCharsets.UTF_8)
                    + "/" + path + "?api-version=" + URLEncoder.encode(p.apiVersion(), StandardCharsets.UTF_8));
        }
        return URI.create(base + "/" + path);
    }

    private static String trim(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String readBounded(InputStream in) {
        return readBounded(in, MAX_ERROR_BODY);
    }

    static String readBounded(InputStream in, int max) {
        try (in) {
            byte[] b = in.readNBytes(max);
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
