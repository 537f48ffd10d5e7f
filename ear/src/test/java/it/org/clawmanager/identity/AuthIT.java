package it.org.clawmanager.identity;

import static org.assertj.core.api.Assertions.assertThat;

import it.org.clawmanager.support.Api;
import it.org.clawmanager.support.Api.Session;
import it.org.clawmanager.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Login, tokens, refresh rotation, revocation by logout and password change, throttling. */
class AuthIT {

    private static String login(String username, String password) {
        return Json.createObjectBuilder().add("username", username).add("password", password).build().toString();
    }

    @Test
    void loginAnswersTheTokenContractAndMeNamesTheUser() {
        Session user = Api.newUser("operator");
        Reply r = Api.anonymous().post("/api/auth/login", login(user.username(), Api.PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getString("accessToken")).contains(".");
        assertThat(body.getString("refreshToken")).startsWith("cmr_");
        assertThat(body.getInt("expiresIn")).isEqualTo(900);
        assertThat(body.getJsonObject("user").getString("role")).isEqualTo("operator");
        assertThat(body.toString()).doesNotContain("passwordHash").doesNotContain("pbkdf2");

        Reply me = user.get("/api/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo(user.username());
        assertThat(me.json().getString("role")).isEqualTo("operator");
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameProblem() {
        Session user = Api.newUser("user");
        Reply wrong = Api.anonymous().post("/api/auth/login", login(user.username(), "definitely-not-it"));
        Reply unknown = Api.anonymous().post("/api/auth/login", login(Api.uniqueName("ghost"), "definitely-not-it"));
        assertThat(wrong.isProblem(401)).as(wrong.toString()).isTrue();
        assertThat(unknown.isProblem(401)).as(unknown.toString()).isTrue();
        assertThat(wrong.code()).isEqualTo("invalid-credentials").isEqualTo(unknown.code());
        assertThat(wrong.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    }

    @Test
    void refreshRotatesAndAReplayedRefreshTokenEndsTheSession() {
        Session user = Api.newUser("user");
        String first = user.refreshToken();
        Reply rotated = Api.anonymous().post("/api/auth/refresh", refresh(first));
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String second = rotated.json().getString("refreshToken");
        assertThat(second).isNotEqualTo(first);
        Session fresh = user.withToken(rotated.json().getString("accessToken"));
        assertThat(fresh.get("/api/users/me").status()).isEqualTo(200);

        Reply replay = Api.anonymous().post("/api/auth/refresh", refresh(first));
        assertThat(replay.isProblem(401)).as(replay.toString()).isTrue();
        // the replay is treated as theft: the whole session, including the newest tokens, is dead now
        assertThat(Api.anonymous().post("/api/auth/refresh", refresh(second)).isProblem(401)).isTrue();
        assertThat(fresh.get("/api/users/me").isProblem(401)).isTrue();
    }

    @Test
    void logoutRevokesTheAccessAndRefreshTokenImmediately() {
        Session user = Api.newUser("user");
        assertThat(user.get("/api/users/me").status()).isEqualTo(200);
        assertThat(user.post("/api/auth/logout", null).status()).isEqualTo(204);
        Reply after = user.get("/api/users/me");
        assertThat(after.isProblem(401)).as(after.toString()).isTrue();
        assertThat(after.code()).isEqualTo("session-ended");
        assertThat(Api.anonymous().post("/api/auth/refresh", refresh(user.refreshToken())).isProblem(401)).isTrue();
    }

    @Test
    void passwordChangeEndsEverySessionAndReturnsAFreshOne() {
        Session user = Api.newUser("user");
        Session otherDevice = Api.login(user.username(), Api.PASSWORD);
        String newPassword = "changed-" + Api.PASSWORD;
        Reply changed = user.post("/api/auth/password", Json.createObjectBuilder()
                .add("currentPassword", Api.PASSWORD).add("newPassword", newPassword).build().toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Session renewed = user.withToken(changed.json().getString("accessToken"));

        assertThat(renewed.get("/api/users/me").status()).isEqualTo(200);
        assertThat(user.get("/api/users/me").isProblem(401)).isTrue();
        assertThat(otherDevice.get("/api/users/me").isProblem(401)).isTrue();
        assertThat(Api.anonymous().post("/api/auth/login", login(user.username(), Api.PASSWORD)).isProblem(401)).isTrue();
        assertThat(Api.login(user.username(), newPassword).get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void passwordChangeRejectsAWrongCurrentPasswordAndAWeakNewOne() {
        Session user = Api.newUser("user");
        Reply wrongCurrent = user.post("/api/auth/password", Json.createObjectBuilder()
                .add("currentPassword", "not-my-password").add("newPassword", "a-perfectly-fine-one").build().toString());
        assertThat(wrongCurrent.isProblem(400)).as(wrongCurrent.toString()).isTrue();
        assertThat(wrongCurrent.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("currentPassword");
        Reply weak = user.post("/api/auth/password", Json.createObjectBuilder()
                .add("currentPassword", Api.PASSWORD).add("newPassword", "short").build().toString());
        assertThat(weak.isProblem(400)).as(weak.toString()).isTrue();
        assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("newPassword");
        assertThat(Api.login(user.username(), Api.PASSWORD).get("/api/users/me").status()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresThrottleTheAccountWithRetryAfter() {
        Session user = Api.newUser("user");
        for (int i = 0; i < 5; i++) {
            assertThat(Api.anonymous().post("/api/auth/login", login(user.username(), "wrong-" + i)).status())
                    .isEqualTo(401);
        }
        Reply throttled = Api.anonymous().post("/api/auth/login", login(user.username(), Api.PASSWORD));
        assertThat(throttled.isProblem(429)).as(throttled.toString()).isTrue();
        assertThat(throttled.header("Retry-After")).isPresent();
        assertThat(Integer.parseInt(throttled.header("Retry-After").get())).isBetween(1, 900);
    }

    @Test
    void forgedOrTamperedTokensAreRejected() {
        Session user = Api.newUser("user");
        String[] parts = user.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"user\"", "\"admin\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        assertThat(user.withToken(forged).get("/api/users").status()).isEqualTo(401);
        assertThat(user.withToken("not-a-jwt").get("/api/users/me").status()).isEqualTo(401);
        assertThat(user.withToken(forged).get("/api/users").body()).doesNotContain("Exception");
    }

    private static String refresh(String token) {
        return Json.createObjectBuilder().add("refreshToken", token).build().toString();
    }
}
