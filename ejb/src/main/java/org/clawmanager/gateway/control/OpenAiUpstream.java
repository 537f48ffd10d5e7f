package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenAI-compatible upstreams (OpenAI, Azure OpenAI, vLLM, Ollama, ...) over HTTP/1.1 keep-alive ({@link UpstreamHttp}).
 * The first-token timeout bounds the wait for the answer and each pause of a stream, so flowing streams are never cut.
 */
@ApplicationScoped
public class OpenAiUpstream implements Upstream {

    private static final int MAX_ERROR_BODY = 8192;
    private static final Map<String, URI> URIS = new ConcurrentHashMap<>();

    @Inject
    UpstreamHttp http;

    @Override
    public UpstreamResponse send(Route route, Call call, JsonObject body, boolean stream) throws UpstreamException {
        ProviderConf p = route.provider();
        JsonObject out = Jsons.JSON.createObjectBuilder(body).add("model", route.upstreamModel()).build();
        Map<String, String> headers = authorize(p);
        headers.put("Accept", stream ? "text/event-stream" : "application/json");
        UpstreamHttp.Answer r = http.post(p.name(), uri(p, route, call == Call.CHAT ? "chat/completions" : "embeddings"),
                headers, out.toString().getBytes(StandardCharsets.UTF_8), p.connectTimeout(), p.firstTokenTimeout());
        if (r.status() / 100 != 2) {
            String err = readBounded(r.body());
            throw new UpstreamException(UpstreamException.Kind.STATUS, r.status(),
                    "upstream " + p.name() + " answered " + r.status(), err);
        }
        return new UpstreamResponse(r.body(), r.contentType());
    }

    /** GET {@code /models} of the provider (discovery). */
    public String listModels(ProviderConf p) throws UpstreamException {
        URI uri = p.azure() ? URI.create(trim(p.baseUrl()) + "/openai/models?api-version="
                + URLEncoder.encode(p.apiVersion(), StandardCharsets.UTF_8)) : URI.create(trim(p.baseUrl()) + "/models");
        UpstreamHttp.Answer r = http.get(p.name(), uri, authorize(p), p.connectTimeout(), Duration.ofSeconds(15));
        String text = readBounded(r.body(), 4 * 1024 * 1024);
        if (r.status() / 100 != 2) {
            throw new UpstreamException(UpstreamException.Kind.STATUS, r.status(),
                    "upstream " + p.name() + " answered " + r.status(), text);
        }
        return text;
    }

    /** The provider's credentials as request headers (Azure: {@code api-key}; others: a bearer token). */
    private static Map<String, String> authorize(ProviderConf p) {
        Map<String, String> headers = new HashMap<>(4);
        if (p.apiKey() != null && !p.apiKey().isBlank()) {
            headers.put(p.azure() ? "api-key" : "Authorization", p.azure() ? p.apiKey() : "Bearer " + p.apiKey());
        }
        return headers;
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
