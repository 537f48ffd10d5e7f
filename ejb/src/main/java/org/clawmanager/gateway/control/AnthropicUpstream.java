package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.ErrorKind;

/** Anthropic's Messages API behind the OpenAI interface: requests, answers and streams are translated both ways. */
@ApplicationScoped
public class AnthropicUpstream implements Upstream {

    @Inject
    OpenAiUpstream http;

    @Override
    public UpstreamResponse send(Route route, Call call, JsonObject body, boolean stream) throws UpstreamException {
        if (call == Call.EMBEDDINGS) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "unsupported_model",
                    "Anthropic models do not offer embeddings.", "model");
        }
        ProviderConf p = route.provider();
        String base = p.baseUrl() == null || p.baseUrl().isBlank() ? "https://api.anthropic.com/v1" : p.baseUrl();
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create((base.endsWith("/") ? base : base + "/") + "messages"))
                .timeout(p.firstTokenTimeout()).header("Content-Type", "application/json")
                .header("anthropic-version", p.apiVersion() == null || p.apiVersion().isBlank() ? "2023-06-01"
                        : p.apiVersion())
                .POST(HttpRequest.BodyPublishers.ofString(
                        AnthropicTranslation.toAnthropic(body, route.upstreamModel(), stream).toString()));
        if (p.apiKey() != null) {
            rb.header("x-api-key", p.apiKey());
        }
        HttpResponse<InputStream> r;
        try {
            r = http.client(p.connectTimeout()).send(rb.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, "connecting to " + p.name() + " timed out", null);
        } catch (HttpTimeoutException e) {
            throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, p.name() + " sent no answer in time", null);
        } catch (IOException e) {
            throw new UpstreamException(UpstreamException.Kind.CONNECT, 0, p.name() + " failed", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamException(UpstreamException.Kind.TIMEOUT, 0, "interrupted", null);
        }
        if (r.statusCode() / 100 != 2) {
            throw new UpstreamException(UpstreamException.Kind.STATUS, r.statusCode() == 529 ? 503 : r.statusCode(),
                    "upstream " + p.name() + " answered " + r.statusCode(), OpenAiUpstream.readBounded(r.body()));
        }
        if (stream) {
            return new UpstreamResponse(new AnthropicStream(r.body(), route.upstreamModel()), "text/event-stream");
        }
        try (InputStream in = r.body()) {
            JsonObject a = Jsons.JSON.createReader(in).readObject();
            byte[] out = AnthropicTranslation.toOpenAi(a, route.upstreamModel()).toString().getBytes(StandardCharsets.UTF_8);
            return new UpstreamResponse(new ByteArrayInputStream(out), "application/json");
        } catch (IOException | RuntimeException e) {
            throw new UpstreamException(UpstreamException.Kind.PROTOCOL, 0, p.name() + " sent an unreadable answer", null);
        }
    }
}
