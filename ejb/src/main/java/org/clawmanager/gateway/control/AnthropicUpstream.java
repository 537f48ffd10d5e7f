package org.clawmanager.gateway.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.clawmanager.gateway.entity.GatewayException;
import org.clawmanager.platform.errors.ErrorKind;

/** Anthropic's Messages API behind the OpenAI interface: requests, answers and streams are translated both ways. */
@ApplicationScoped
public class AnthropicUpstream implements Upstream {

    @Inject
    UpstreamHttp http;

    @Override
    public UpstreamResponse send(Route route, Call call, JsonObject body, boolean stream) throws UpstreamException {
        if (call == Call.EMBEDDINGS) {
            throw new GatewayException(ErrorKind.INVALID_INPUT, "unsupported_model",
                    "Anthropic models do not offer embeddings.", "model");
        }
        ProviderConf p = route.provider();
        String base = p.baseUrl() == null || p.baseUrl().isBlank() ? "https://api.anthropic.com/v1" : p.baseUrl();
        Map<String, String> headers = new HashMap<>(4);
        headers.put("anthropic-version", p.apiVersion() == null || p.apiVersion().isBlank() ? "2023-06-01"
                : p.apiVersion());
        if (p.apiKey() != null) {
            headers.put("x-api-key", p.apiKey());
        }
        UpstreamHttp.Answer r = http.post(p.name(), URI.create((base.endsWith("/") ? base : base + "/") + "messages"),
                headers, AnthropicTranslation.toAnthropic(body, route.upstreamModel(), stream).toString()
                        .getBytes(StandardCharsets.UTF_8), p.connectTimeout(), p.firstTokenTimeout());
        if (r.status() / 100 != 2) {
            throw new UpstreamException(UpstreamException.Kind.STATUS, r.status() == 529 ? 503 : r.status(),
                    "upstream " + p.name() + " answered " + r.status(), OpenAiUpstream.readBounded(r.body()));
        }
        if (stream) {
            return new UpstreamResponse(new AnthropicStream(r.body(), route.upstreamModel()), "text/event-stream");
        }
        try (InputStream in = r.body()) {
            JsonObject a = Jsons.reader(in.readAllBytes()).readObject();
            byte[] out = AnthropicTranslation.toOpenAi(a, route.upstreamModel()).toString().getBytes(StandardCharsets.UTF_8);
            return new UpstreamResponse(new ByteArrayInputStream(out), "application/json");
        } catch (IOException | RuntimeException e) {
            throw new UpstreamException(UpstreamException.Kind.PROTOCOL, 0, p.name() + " sent an unreadable answer", null);
        }
    }
}
