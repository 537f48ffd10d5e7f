package it.org.clawmanager;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Quick start path: the embedded default (H2 file, in-process stand-ins, no external service) starts from an
 * empty data directory, prints a one-time admin password once, and keeps its data across a restart.
 */
class EmbeddedDefaultIT {

    private static final Path WLP = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"));
    private static final String SERVER = "clawmanager-embedded-it";
    private static final String PORT = System.getProperty("it.embedded.port", "9190");
    private static final Path DATA = Path.of(System.getProperty("it.embedded.data", "target/embedded-it-data"));
    private static final String BASE = "http://127.0.0.1:" + PORT;

    @AfterAll
    static void stop() throws Exception {
        server("stop");
    }

    @Test
    void firstStartPrintsAOneTimePasswordAndDataSurvivesARestart() throws Exception {
        deleteRecursively(DATA);
        server("stop");
        Path console = WLP.resolve("usr/servers/" + SERVER + "/logs/console.log");
        Files.deleteIfExists(console);
        server("start");
        awaitReady();

        Matcher m = Pattern.compile("One-time password:\\s+(\\S+)").matcher(Files.readString(console));
        assertThat(m.find()).as("the first start prints the admin password").isTrue();
        String password = m.group(1);
        Reply ready = get("/health/ready");
        assertThat(ready.body()).contains("\"mode\":\"in-process\"");
        assertThat(DATA.resolve("secrets/master.key")).exists();

        String token = login("admin", password);
        String user = Api.uniqueName("kept");
        Reply created = send("POST", "/api/users", "{\"username\":\"" + user + "\",\"password\":\"" + Api.PASSWORD + "\"}", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        server("stop");
        Files.deleteIfExists(console);
        server("start");
        awaitReady();
        assertThat(Files.readString(console)).doesNotContain("One-time password");
        assertThat(login("admin", password)).isNotBlank();
        String userToken = login(user, Api.PASSWORD);
        assertThat(send("GET", "/api/users/me", null, userToken).json().getString("username")).isEqualTo(user);
        Reply audit = send("GET", "/api/audit?action=user.create&targetType=user", null, login("admin", password));
        assertThat(audit.body()).contains(user);
    }

    private static String login(String username, String password) {
        Reply r = send("POST", "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getString("accessToken");
    }

    private static Reply get(String path) {
        return send("GET", path, null, null);
    }

    private static Reply send(String method, String path, String body, String token) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (get("/health/ready").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // connection refused while starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("embedded server not ready within 180 s");
    }

    private static void server(String action) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, SERVER)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("CLAWMANAGER_HTTP_PORT", PORT);
        env.put("CLAWMANAGER_DATA_DIR", DATA.toAbsolutePath().toString());
        env.keySet().removeIf(k -> k.startsWith("CLAWMANAGER_") && !k.equals("CLAWMANAGER_HTTP_PORT")
                && !k.equals("CLAWMANAGER_DATA_DIR"));
        Process p = pb.start();
        assertThat(p.waitFor(240, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
