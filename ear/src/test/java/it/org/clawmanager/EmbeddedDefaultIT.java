package it.org.clawmanager;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.EmbeddedServer;
import it.org.clawmanager.support.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Quick start path: the embedded default (H2 file, in-process stand-ins, no external service) starts from an
 * empty data directory, prints a one-time admin password once, and keeps its data across a restart.
 */
class EmbeddedDefaultIT {

    /** no admin password given: the first start must generate one and print it once */
    private static final EmbeddedServer SERVER = new EmbeddedServer(
            Path.of(System.getProperty("it.embedded.data", "target/embedded-it-data")), null);

    @AfterAll
    static void stop() throws Exception {
        SERVER.stop();
    }

    @Test
    void firstStartPrintsAOneTimePasswordAndDataSurvivesARestart() throws Exception {
        SERVER.stop();
        Path console = SERVER.consoleLog();
        Files.deleteIfExists(console);
        SERVER.startFresh(Map.of());

        Matcher m = Pattern.compile("One-time password:\\s+(\\S+)").matcher(Files.readString(console));
        assertThat(m.find()).as("the first start prints the admin password").isTrue();
        String password = m.group(1);
        Reply ready = SERVER.send("GET", "/health/ready", null, null);
        assertThat(ready.body()).contains("\"mode\":\"in-process\"");
        assertThat(SERVER.data().resolve("secrets/master.key")).exists();

        String token = SERVER.login("admin", password);
        String user = Api.uniqueName("kept");
        Reply created = SERVER.send("POST", "/api/users", "{\"username\":\"" + user + "\",\"password\":\"" + Api.PASSWORD + "\"}", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        SERVER.stop();
        Files.deleteIfExists(console);
        SERVER.start(Map.of());
        assertThat(Files.readString(console)).doesNotContain("One-time password");
        assertThat(SERVER.login("admin", password)).isNotBlank();
        String userToken = SERVER.login(user, Api.PASSWORD);
        assertThat(SERVER.send("GET", "/api/users/me", null, userToken).json().getString("username")).isEqualTo(user);
        Reply audit = SERVER.send("GET", "/api/audit?action=user.create&targetType=user", null, SERVER.login("admin", password));
        assertThat(audit.body()).contains(user);
    }
}
