package it.org.clawmanager.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A small client for the running server under test (base URL from the {@code it.base.url} system property set by
 * failsafe). {@link Session}s carry an access token; {@link #anonymous()} carries none.
 */
public final class Api {

    public static final String BASE = System.getProperty("it.base.url", "http://127.0.0.1:9180");
    public static final String ADMIN_PASSWORD = System.getProperty("it.admin.password", "");
    /** Password used for every account the tests create: long enough for the server's policy. */
    public static final String PASSWORD = "it-Passw0rd-" + UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Session admin;

    private Api() {
    }

    public static Session anonymous() {
        return new Session(null, null, null);
    }

    /** Logs in once per test JVM as the bootstrap admin. */
    public static synchronized Session admin() {
        if (admin == null) {
            admin = login("admin", ADMIN_PASSWORD);
        }
        return admin;
    }

    public static Session login(String username, String password) {
        Reply r = anonymous().post("/api/auth/login", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r);
        }
        JsonObject o = r.json();
        return new Session(o.getString("accessToken"), o.getString("refreshToken"), o.getJsonObject("user"));
    }

    /** Creates an account with {@link #PASSWORD} through the admin API and logs it in. */
    public static Session newUser(String role) {
        String name = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = admin().post("/api/users", Json.createObjectBuilder().add("username", name).add("role", role)
                .add("password", PASSWORD).build().toString());
        if (r.status() != 201) {
            throw new IllegalStateException("creating " + name + " failed: " + r);
        }
        return login(name, PASSWORD);
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A caller: an access token (or none), the refresh token and the user object from the login answer. */
    public record Session(String accessToken, String refreshToken, JsonObject user) {

        public long userId() {
            return user.getJsonNumber("id").longValue();
        }

        public String username() {
            return user.getString("username");
        }

        public Session withToken(String token) {
            return new Session(token, refreshToken, user);
        }

        public Reply get(String path) {
            return send("GET", path, null, null);
        }

        public Reply delete(String path) {
            return send("DELETE", path, null, null);
        }

        public Reply post(String path, String json) {
            return send("POST", path, json, "application/json");
        }

        public Reply put(String path, String json) {
            return send("PUT", path, json, "application/json");
        }

        public Reply patch(String path, String json) {
            return send("PATCH", path, json, "application/json");
        }

        public Reply send(String method, String path, String body, String contentType) {
            return send(method, path, body, contentType, Map.of());
        }

        public Reply send(String method, String path, String body, String contentType, Map<String, String> headers) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            if (accessToken != null) {
                b.header("Authorization", "Bearer " + accessToken);
            }
            headers.forEach(b::header);
            try {
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.headers(), r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
