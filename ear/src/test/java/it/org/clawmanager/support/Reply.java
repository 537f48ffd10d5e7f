package it.org.clawmanager.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** An HTTP answer with helpers to read JSON and problem+json bodies in assertions. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray jsonArray() {
        return Json.createReader(new StringReader(body)).readArray();
    }

    public JsonValue jsonValue() {
        return Json.createReader(new StringReader(body)).readValue();
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** True for an RFC 9457 body with the given status: the contract of every management API error. */
    public boolean isProblem(int expectedStatus) {
        if (status != expectedStatus || !contentType().startsWith("application/problem+json")) {
            return false;
        }
        JsonObject p = json();
        return p.getInt("status") == expectedStatus && p.containsKey("type") && p.containsKey("title")
                && p.containsKey("code") && !body.contains("Exception") && !body.contains("\tat ");
    }

    public String code() {
        return json().getString("code", null);
    }

    @Override
    public String toString() {
        return status + " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body);
    }
}
