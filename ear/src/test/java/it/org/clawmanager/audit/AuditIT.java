package it.org.clawmanager.audit;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change a person makes is on record with who, what, before/after, when and from where; no secrets. */
class AuditIT {

    private final Session admin = Api.admin();

    private List<JsonObject> entries(String query) {
        Reply r = admin.get("/api/audit?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void userChangesAreRecordedWithBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        Session user = Api.newUser("user");
        String id = String.valueOf(user.userId());
        admin.patch("/api/users/" + id, "{\"displayName\":\"Renamed\"}");
        admin.delete("/api/users/" + id);

        List<JsonObject> log = entries("targetType=user&action=user.*&targetId=" + id + "&from=" + start);
        assertThat(log).extracting(e -> e.getString("action")).containsExactly("user.delete", "user.update", "user.create");
        JsonObject update = log.get(1);
        assertThat(update.getString("actorName")).isEqualTo("admin");
        assertThat(update.getString("actorRole")).isEqualTo("admin");
        assertThat(update.getString("outcome")).isEqualTo("success");
        assertThat(update.getString("sourceIp")).isEqualTo("127.0.0.1");
        assertThat(update.getString("requestId")).isNotBlank();
        JsonObject before = Json.createReader(new StringReader(update.getString("before"))).readObject();
        JsonObject after = Json.createReader(new StringReader(update.getString("after"))).readObject();
        assertThat(before.getString("displayName")).isEqualTo(user.username());
        assertThat(after.getString("displayName")).isEqualTo("Renamed");
        assertThat(log.get(0).getString("before")).contains(user.username());
        assertThat(log.get(0).containsKey("after")).isFalse();
    }

    @Test
    void secretsNeverAppearInTheLog() {
        Instant start = Instant.now().minusSeconds(1);
        String name = Api.uniqueName("sec");
        Reply created = admin.post("/api/users", "{\"username\":\"" + name + "\"}");
        String generated = created.json().getString("generatedPassword");
        Session user = Api.login(name, generated);
        String newPassword = "next-" + Api.PASSWORD;
        user.post("/api/auth/password", "{\"currentPassword\":\"" + generated + "\",\"newPassword\":\"" + newPassword + "\"}");
        Reply all = admin.get("/api/audit?size=500&from=" + start);
        assertThat(all.body()).contains("user.password.change").doesNotContain(generated).doesNotContain(newPassword)
                .doesNotContain("pbkdf2").doesNotContain("cmr_").doesNotContain("eyJ");
    }

    @Test
    void failedLoginsAreRecordedAsFailures() {
        Instant start = Instant.now().minusSeconds(1);
        String ghost = Api.uniqueName("ghost");
        Api.anonymous().post("/api/auth/login", "{\"username\":\"" + ghost + "\",\"password\":\"whatever-it-is\"}");
        List<JsonObject> log = entries("actor=" + ghost + "&from=" + start);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).getString("action")).isEqualTo("auth.login");
        assertThat(log.get(0).getString("outcome")).isEqualTo("failure");
        assertThat(entries("actor=" + ghost + "&outcome=success")).isEmpty();
    }

    @Test
    void successfulLoginsNameTheUserAndWildcardsInFiltersAreLiteral() {
        Session user = Api.newUser("user");
        List<JsonObject> logins = entries("actor=" + user.username() + "&action=auth.login");
        assertThat(logins).hasSize(1);
        assertThat(logins.get(0).getString("outcome")).isEqualTo("success");
        assertThat(logins.get(0).getString("actorRole")).isEqualTo("user");
        assertThat(logins.get(0).getString("targetId")).isEqualTo(String.valueOf(user.userId()));
        assertThat(entries("actor=" + user.username() + "&action=auth_*")).as("_ is not a wildcard").isEmpty();
        assertThat(entries("actor=" + user.username() + "&action=auth.*")).hasSize(1);
    }

    @Test
    void filtersByActorActionPrefixAndTimeAndPages() {
        Instant start = Instant.now().minusSeconds(1);
        Session operator = Api.newUser("operator");
        operator.patch("/api/users/me", "{\"displayName\":\"Op One\"}");
        operator.patch("/api/users/me", "{\"displayName\":\"Op Two\"}");
        List<JsonObject> mine = entries("actor=" + operator.username() + "&action=user.*&from=" + start);
        assertThat(mine).extracting(e -> e.getString("action")).containsOnly("user.profile.update").hasSize(2);
        Reply page = admin.get("/api/audit?actor=" + operator.username() + "&action=user.*&size=1&page=1");
        assertThat(page.json().getInt("total")).isEqualTo(2);
        assertThat(page.json().getJsonArray("items")).hasSize(1);
        assertThat(entries("actor=" + operator.username() + "&to=" + start)).isEmpty();
        assertThat(admin.get("/api/audit?from=yesterday").isProblem(400)).isTrue();
    }

    @Test
    void onlyAdminsReadTheLog() {
        assertThat(Api.newUser("operator").get("/api/audit").isProblem(403)).isTrue();
        assertThat(Api.newUser("user").get("/api/audit").isProblem(403)).isTrue();
        assertThat(Api.anonymous().get("/api/audit").isProblem(401)).isTrue();
    }
}
